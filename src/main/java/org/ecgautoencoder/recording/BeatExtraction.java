package org.ecgautoencoder.recording;

import java.util.ArrayList;
import java.util.List;
import org.ecgautoencoder.config.BeatCalibration;
import org.ecgautoencoder.config.RecordingConfig;

/**
 * The beats of one lead, once its R-peaks are known: each cut, resampled and normalised ({@link BeatCutter}),
 * followed by its rhythm inputs when configured ({@link RhythmFeatures}), taken relative to the record's median
 * beat when configured ({@link RecordMedianBeat}), and labelled with the reference beat it matched, if any.
 */
final class BeatExtraction {
  private BeatExtraction() {}

  /**
   * @param rPeaks ascending R-peak sample indexes, none inside an unscorable stretch
   * @param brokenBefore brokenBefore[i]: an unscorable stretch lies between beat i-1 and beat i
   * @param referenceSymbols referenceSymbols[i]: the symbol of the reference beat detection i matched, or null
   */
  static List<RecordingBeat> beats(
      float[] leadMv, double samplingFrequencyHz, int[] rPeaks, boolean[] brokenBefore, String[] referenceSymbols,
      RecordingConfig config) {
    BeatCutter cutter = new BeatCutter(config, samplingFrequencyHz);
    RhythmFeatures rhythm = RhythmFeatures.of(rPeaks, brokenBefore, samplingFrequencyHz, config.localRrBeats());
    List<float[]> allInputs = new ArrayList<>(rPeaks.length);
    for (int i = 0; i < rPeaks.length; i++) {
      float[] inputs = new float[config.modelInputWidth()];
      cutter.cut(leadMv, rPeaks[i], inputs, 0);
      if (config.rhythmInputs()) {
        rhythm.write(i, inputs, config.beatSamples(), config.rhythmWeight());
      }
      allInputs.add(inputs);
    }
    if (config.calibration() == BeatCalibration.RECORD_MEDIAN_BEAT) {
      RecordMedianBeat.subtract(allInputs, config.beatSamples());
    } else if (config.calibration() == BeatCalibration.RECORD_MEDIAN_BEAT_SCALED) {
      RecordMedianBeat.subtractAndScale(allInputs, config.beatSamples());
    }
    List<RecordingBeat> beats = new ArrayList<>(rPeaks.length);
    for (int i = 0; i < rPeaks.length; i++) {
      float[] inputs = allInputs.get(i);
      String symbol = referenceSymbols[i];
      beats.add(
          new RecordingBeat(
              i, rPeaks[i], rPeaks[i] / samplingFrequencyHz, rhythm.previousSeconds(i), rhythm.nextSeconds(i),
              rhythm.localMeanSeconds(i), symbol, symbol == null ? null : AamiClass.ofSymbol(symbol), inputs));
    }
    return beats;
  }
}

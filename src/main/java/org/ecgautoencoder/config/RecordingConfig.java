package org.ecgautoencoder.config;

import java.io.Serializable;

/**
 * How continuous recordings (WFDB records, EDF files) become beats: which lead the R-peaks are found on and
 * the beats cut from, the window cut around each R-peak, its resampling and normalisation, and the rhythm
 * inputs appended to each beat. The model's input width is {@link #modelInputWidth()}: a model is trained on
 * and scores one representation, so score and evaluate take these settings from the model's bundle.
 *
 * @param lead the lead's name as the header gives it (MLII, V1, ...), or "auto": MLII when present, else the
 *     first signal
 * @param beforeSeconds the window starts this long before the R-peak
 * @param afterSeconds and ends this long after it
 * @param beatSamples the window resampled (linear interpolation) to this many samples
 * @param normalisation each beat on its own: z-score (mean 0, standard deviation 1, as ECG5000's beats are) or none
 * @param calibration whether each beat is taken relative to its own record's usual beat ({@link BeatCalibration})
 * @param rhythmInputs whether the beat carries its rhythm to the model (see {@link #rhythmWidth()})
 * @param rhythmWeight how many times each rhythm input is repeated: the reconstruction error is a mean over the
 *     model's inputs, so this is the rhythm's weight against the beat's shape
 * @param localRrBeats the local mean RR interval is the mean of this many RR intervals before the beat
 * @param annotationExtension the reference annotations of record R are R.&lt;this&gt; beside its header ("" = none)
 * @param matchToleranceSeconds a detection matches a reference beat this close (ANSI/AAMI EC57: 150 ms)
 */
public record RecordingConfig(
    String lead,
    double beforeSeconds,
    double afterSeconds,
    int beatSamples,
    BeatNormalisation normalisation,
    BeatCalibration calibration,
    boolean rhythmInputs,
    int rhythmWeight,
    int localRrBeats,
    String annotationExtension,
    double matchToleranceSeconds)
    implements Serializable {
  /** Rhythm inputs per beat before repetition: previous and next RR over the local mean, and their ratio. */
  public static final int RHYTHM_FEATURES = 3;
  public static final String AUTO_LEAD = "auto";

  public RecordingConfig {
    ConfigChecks.check(!lead.isBlank(), "input.recording.lead", "\"" + lead + "\"", "a lead name or auto");
    ConfigChecks.check(
        beforeSeconds >= 0 && beforeSeconds <= 2, "input.recording.before-seconds", beforeSeconds, "0 to 2 seconds");
    ConfigChecks.check(
        afterSeconds > 0 && afterSeconds <= 2, "input.recording.after-seconds", afterSeconds,
        "more than 0, at most 2 seconds");
    ConfigChecks.atLeast(beatSamples, 2, "input.recording.beat-samples");
    ConfigChecks.atLeast(rhythmWeight, 1, "input.recording.rhythm-weight");
    ConfigChecks.atLeast(localRrBeats, 1, "input.recording.local-rr-beats");
    ConfigChecks.check(
        !annotationExtension.startsWith(".") && !annotationExtension.contains("/"),
        "input.recording.annotation-extension", "\"" + annotationExtension + "\"",
        "an extension without its dot (atr, not .atr), or \"\" for none");
    ConfigChecks.check(
        matchToleranceSeconds > 0 && matchToleranceSeconds <= 0.5, "input.recording.match-tolerance-seconds",
        matchToleranceSeconds, "more than 0, at most 0.5 seconds");
  }

  /** These beats, with another run's reference annotations and matching tolerance (a scoring job's own). */
  public RecordingConfig withReferences(String otherAnnotationExtension, double otherMatchToleranceSeconds) {
    return new RecordingConfig(
        lead, beforeSeconds, afterSeconds, beatSamples, normalisation, calibration, rhythmInputs, rhythmWeight,
        localRrBeats, otherAnnotationExtension, otherMatchToleranceSeconds);
  }

  /** Rhythm inputs after the beat's samples: 0, or {@link #RHYTHM_FEATURES} x rhythm-weight. */
  public int rhythmWidth() {
    return rhythmInputs ? RHYTHM_FEATURES * rhythmWeight : 0;
  }

  /** What a model trained on these beats takes: the resampled window, then the rhythm inputs. */
  public int modelInputWidth() {
    return beatSamples + rhythmWidth();
  }

  public boolean hasAnnotations() {
    return !annotationExtension.isEmpty();
  }
}

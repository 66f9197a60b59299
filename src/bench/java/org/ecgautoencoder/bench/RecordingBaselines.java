package org.ecgautoencoder.bench;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.ecgautoencoder.bench.NormalBeatBaselines.Beat;
import org.ecgautoencoder.bench.NormalBeatBaselines.MeanBeatDistance;
import org.ecgautoencoder.bench.NormalBeatBaselines.PcaWithRhythm;
import org.ecgautoencoder.bench.NormalBeatBaselines.Scorer;
import org.ecgautoencoder.cli.JobRunner;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.RecordingConfig;
import org.ecgautoencoder.data.SplitRows;
import org.ecgautoencoder.eval.RankingMetrics;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.RecordingColumns;
import org.ecgautoencoder.recording.AamiClass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What the autoencoder on recordings has to beat (scripts/bench-baselines.sh): the two baselines of
 * {@link NormalBeatBaselines}, fitted on the class-N beats of the training records of the product's split
 * (conf/recordings.conf's split: by-record, test-fraction 0.2, seed 21 unless --seed) and scored on the labelled
 * beats of its test records. Prints, per baseline, the ROC AUC against class N of abnormal (SVEB + VEB + F), VEB,
 * SVEB and F, as the evaluate job counts them: Q beats belong to no class, unmatched (unlabelled) beats are left
 * out. The beats are read with input.recording.calibration = none and input.recording.rhythm-inputs = false (the
 * plain z-scored samples), whatever the config says; the RR intervals come from the beat rows' own columns.
 *
 * <p>Only the beats used (the training N beats and the labelled test beats) and their four scalar columns are
 * collected to the driver: on the 26 shared records ~51k beats x 140 floats, ~30 MB (more while Spark's rows are
 * converted), fine for a benchmark tool with the 4 GB heap scripts/env.sh gives it, not a pattern for the product.
 */
@Command(name = "bench-baselines", mixinStandardHelpOptions = true, description = "Simple baselines' ROC AUC on recordings.")
public final class RecordingBaselines implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RecordingBaselines.class);

  /** The baselines score the beat's shape alone: no record-median calibration, no rhythm inputs in the beat. */
  private static final List<String> PLAIN_BEATS =
      List.of("input.recording.calibration = none", "input.recording.rhythm-inputs = false");

  @Option(names = "--config", paramLabel = "FILE", defaultValue = "conf/recordings.conf",
      description = "HOCON config file of the split and the recordings' reading (default: ${DEFAULT-VALUE}).")
  Path configFile;

  @Option(names = "--input", paramLabel = "PATH", description = "Record folder(s), overriding input.paths (repeatable).")
  List<String> inputPaths = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "S", description = "split.seed (default: the config's).")
  Long seed;

  @Option(names = "--scratch", paramLabel = "DIR", defaultValue = "target/scratch/bench-baselines",
      description = "Spark's local scratch folder (default: ${DEFAULT-VALUE}).")
  Path scratch;

  public static void main(String[] args) {
    System.exit(JobRunner.run("bench-baselines", new RecordingBaselines(), args));
  }

  @Override
  public Integer call() {
    ConfigLoader loader = ConfigLoader.load(configFile, overrides());
    EcgConfig config = loader.toEcgConfig();
    RecordingConfig recording = config.input().recording();
    // Rhythm inputs off: the model's width is the resampled window's.
    InputConfig input = config.input().withBeatLength(recording.modelInputWidth());
    LOG.info("Resolved configuration: {}", loader.renderJson());
    SparkSession spark = startSpark(config);
    try {
      BeatArchive archive = ArchiveReader.open(spark, input, "input.recording.beat-samples");
      Dataset<Row> beats = archive.beats().persist(StorageLevel.MEMORY_AND_DISK());
      SplitRows split = SplitRows.of(beats, beats.count(), config.split());
      List<Beat> trainNormal = beats(split.train().where(col(BeatColumns.LABEL).equalTo(AamiClass.N.label())));
      List<Row> testRows = split.test().where(col(BeatColumns.LABEL).isNotNull()).select(columns()).collectAsList();
      beats.unpersist();
      List<Beat> test = testRows.stream().map(RecordingBaselines::beat).toList();
      double[] labels = testRows.stream().mapToDouble(row -> row.getDouble(row.fieldIndex(BeatColumns.LABEL))).toArray();
      TreeSet<String> testRecords = new TreeSet<>();
      testRows.forEach(row -> testRecords.add(row.getString(row.fieldIndex(BeatColumns.RECORD_ID))));
      LOG.info("Fitting on {} training N beats; scoring {} labelled test beats of {}", trainNormal.size(), test.size(), testRecords);

      String common =
          String.format(Locale.ROOT, "seed=%d test_records=[%s] train_n_beats=%d", config.split().seed(),
              String.join(",", testRecords), trainNormal.size());
      // The class sizes behind each AUC: a class of a few dozen beats in one or two records gives a noisy AUC.
      StringBuilder counts = new StringBuilder("test_beats");
      for (AamiClass beatClass : AamiClass.values()) {
        counts.append(' ').append(beatClass).append('=')
            .append(Arrays.stream(labels).filter(label -> label == beatClass.label()).count());
      }
      System.out.println(counts);
      print("mean-beat-distance", common, MeanBeatDistance.fit(trainNormal), test, labels, "");
      PcaWithRhythm pca = PcaWithRhythm.fit(trainNormal);
      print("pca-reconstruction-rr", common, pca, test, labels, " components=" + pca.componentCount());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private List<String> overrides() {
    List<String> all = new ArrayList<>(PLAIN_BEATS);
    if (seed != null) {
      all.add("split.seed = " + seed);
    }
    if (!inputPaths.isEmpty()) {
      all.add("input.paths = " + inputPaths.stream().map(path -> "\"" + path.replace("\"", "\\\"") + "\"").toList());
    }
    return all;
  }

  /** A local Spark as the jobs' (scripts/env.sh runs them embedded): scratch under target/, no UI. */
  private SparkSession startSpark(EcgConfig config) {
    SparkConf conf = new SparkConf();
    conf.setIfMissing("spark.master", config.runtime().sparkMaster());
    conf.setIfMissing("spark.app.name", "bench-baselines");
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.local.dir", scratch.resolve("spark").toAbsolutePath().toString());
    conf.setIfMissing("spark.driver.host", "127.0.0.1");
    conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    return SparkSession.builder().config(conf).getOrCreate();
  }

  private static void print(String name, String common, Scorer scorer, List<Beat> test, double[] labels, String extra) {
    double[] scores = test.stream().mapToDouble(scorer::score).toArray();
    System.out.printf(
        Locale.ROOT, "baseline=%s %s abnormal=%.4f VEB=%.4f SVEB=%.4f F=%.4f%s%n", name, common,
        rocAuc(scores, labels, AamiClass.SVEB, AamiClass.VEB, AamiClass.F), rocAuc(scores, labels, AamiClass.VEB),
        rocAuc(scores, labels, AamiClass.SVEB), rocAuc(scores, labels, AamiClass.F), extra);
  }

  /** ROC AUC of the given classes against N over the beats of those classes and N (as RecordingMetrics counts). */
  private static double rocAuc(double[] scores, double[] labels, AamiClass... positives) {
    List<Double> kept = new ArrayList<>();
    List<Boolean> positive = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      AamiClass beatClass = AamiClass.ofLabel(labels[i]);
      boolean isPositive = List.of(positives).contains(beatClass);
      if (isPositive || beatClass == AamiClass.N) {
        kept.add(scores[i]);
        positive.add(isPositive);
      }
    }
    boolean[] p = new boolean[positive.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = positive.get(i);
    }
    boolean bothSides = positive.contains(true) && positive.contains(false);
    return bothSides ? RankingMetrics.rocAuc(kept.stream().mapToDouble(Double::doubleValue).toArray(), p) : Double.NaN;
  }

  private static Column[] columns() {
    return new Column[] {
      col(BeatColumns.RECORD_ID), col(BeatColumns.LABEL), col(BeatColumns.BEAT), col(RecordingColumns.RR_PREVIOUS_SECONDS),
      col(RecordingColumns.RR_NEXT_SECONDS), col(RecordingColumns.RR_LOCAL_MEAN_SECONDS)
    };
  }

  private static List<Beat> beats(Dataset<Row> rows) {
    return rows.select(columns()).collectAsList().stream().map(RecordingBaselines::beat).toList();
  }

  private static Beat beat(Row row) {
    List<Float> values = row.getList(row.fieldIndex(BeatColumns.BEAT));
    float[] samples = new float[values.size()];
    for (int j = 0; j < samples.length; j++) {
      samples[j] = values.get(j);
    }
    return new Beat(
        samples, nullable(row, RecordingColumns.RR_PREVIOUS_SECONDS), nullable(row, RecordingColumns.RR_NEXT_SECONDS),
        nullable(row, RecordingColumns.RR_LOCAL_MEAN_SECONDS));
  }

  private static Double nullable(Row row, String column) {
    int i = row.fieldIndex(column);
    return row.isNullAt(i) ? null : row.getDouble(i);
  }
}

package org.ecgautoencoder.io;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows a recording (WFDB record, EDF file) is read into: {@link BeatColumns}' five, so every job and the model
 * take them as they take a table's beats, then the beat's place and rhythm in its record:
 *
 * <pre>
 *   record_id             string, not null   the record's name (WFDB record name, EDF file name without .edf)
 *   source_file           string, not null   the .hea or .edf file, fully qualified
 *   row_index             long, not null     = beat_index
 *   label                 double             the matched reference beat's AAMI class (N 1, SVEB 2, VEB 3, F 4, Q 5); null unmatched
 *   beat                  array&lt;float&gt;     the model's inputs: resampled, normalised beat, then rhythm inputs if configured
 *   lead                  string, not null   the lead the beat was found on and cut from
 *   beat_index            long, not null     0-based, R-peak order over the record
 *   r_peak_sample         long, not null     at the record's own sampling rate
 *   r_peak_seconds        double, not null   from the record's start
 *   rr_previous_seconds   double             null at the first beat and after an unscorable stretch
 *   rr_next_seconds       double             null at the last beat and before an unscorable stretch
 *   rr_local_mean_seconds double             the mean RR the beat's timing is measured against; null if none
 *   reference_symbol      string             the matched reference annotation's symbol (N, V, A, ...); null where none
 *   reference_class       string             its AAMI class (N, SVEB, VEB, F, Q); null where none
 * </pre>
 */
public final class RecordingColumns {
  public static final String LEAD = "lead";
  public static final String BEAT_INDEX = "beat_index";
  public static final String R_PEAK_SAMPLE = "r_peak_sample";
  public static final String R_PEAK_SECONDS = "r_peak_seconds";
  public static final String RR_PREVIOUS_SECONDS = "rr_previous_seconds";
  public static final String RR_NEXT_SECONDS = "rr_next_seconds";
  public static final String RR_LOCAL_MEAN_SECONDS = "rr_local_mean_seconds";
  public static final String REFERENCE_SYMBOL = "reference_symbol";
  public static final String REFERENCE_CLASS = "reference_class";
  /** The columns after {@link BeatColumns}' that a scores table keeps, in order. */
  public static final List<String> BEAT_PLACE =
      List.of(
          LEAD, BEAT_INDEX, R_PEAK_SAMPLE, R_PEAK_SECONDS, RR_PREVIOUS_SECONDS, RR_NEXT_SECONDS, RR_LOCAL_MEAN_SECONDS,
          REFERENCE_SYMBOL, REFERENCE_CLASS);

  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            BeatColumns.SCHEMA.fields()[0], BeatColumns.SCHEMA.fields()[1], BeatColumns.SCHEMA.fields()[2],
            BeatColumns.SCHEMA.fields()[3], BeatColumns.SCHEMA.fields()[4],
            DataTypes.createStructField(LEAD, DataTypes.StringType, false),
            DataTypes.createStructField(BEAT_INDEX, DataTypes.LongType, false),
            DataTypes.createStructField(R_PEAK_SAMPLE, DataTypes.LongType, false),
            DataTypes.createStructField(R_PEAK_SECONDS, DataTypes.DoubleType, false),
            DataTypes.createStructField(RR_PREVIOUS_SECONDS, DataTypes.DoubleType, true),
            DataTypes.createStructField(RR_NEXT_SECONDS, DataTypes.DoubleType, true),
            DataTypes.createStructField(RR_LOCAL_MEAN_SECONDS, DataTypes.DoubleType, true),
            DataTypes.createStructField(REFERENCE_SYMBOL, DataTypes.StringType, true),
            DataTypes.createStructField(REFERENCE_CLASS, DataTypes.StringType, true)
          });

  private RecordingColumns() {}
}

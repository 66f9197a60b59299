package org.ecgautoencoder.eval;

/**
 * One evaluated record's beats as the model's threshold judged them, for the report's per-record table and the
 * choice of the records whose signal it shows. Abnormal means AAMI class SVEB, VEB or F (RecordingMetrics'
 * "abnormal"); Q beats and beats without a reference class count in {@code beats} only.
 *
 * @param beats the record's evaluated (scored) beats
 * @param abnormalBeats of them, those of class SVEB, VEB or F
 * @param flaggedAbnormal of those, the ones flagged anomalous
 * @param falseAlarmsOnN class-N beats flagged anomalous
 */
public record RecordOutcome(
    String recordId, long beats, long abnormalBeats, long flaggedAbnormal, long falseAlarmsOnN) {

  public long missedAbnormal() {
    return abnormalBeats - flaggedAbnormal;
  }

  /** The beats the threshold got wrong: abnormal beats passed as normal, plus class-N beats flagged. */
  public long misjudgedBeats() {
    return missedAbnormal() + falseAlarmsOnN;
  }
}

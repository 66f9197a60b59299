package org.ecgautoencoder.io;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * Beats cross the network in every training epoch (the epoch's shuffle) and wherever Spark spills them, so
 * they get a compact Kryo form: Java serialization (the fallback for other records) builds an object stream
 * per beat, which cost more than the rest of the epoch's shuffle here.
 */
final class BeatRecordKryoSerializer extends Serializer<BeatRecord> {
  BeatRecordKryoSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, BeatRecord beat) {
    output.writeString(beat.recordId());
    output.writeVarInt(beat.samples().length, true);
    output.writeFloats(beat.samples());
    output.writeBoolean(beat.label() != null);
    if (beat.label() != null) {
      output.writeDouble(beat.label());
    }
    output.writeBoolean(beat.normal());
  }

  @Override
  public BeatRecord read(Kryo kryo, Input input, Class<BeatRecord> type) {
    String recordId = input.readString();
    float[] samples = input.readFloats(input.readVarInt(true));
    Double label = input.readBoolean() ? input.readDouble() : null;
    boolean normal = input.readBoolean();
    return new BeatRecord(recordId, samples, label, normal);
  }
}

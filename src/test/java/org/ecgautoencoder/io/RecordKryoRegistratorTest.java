package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.junit.jupiter.api.Test;

class RecordKryoRegistratorTest {
  private static final BeatRecord BEAT = new BeatRecord("id-7", new float[] {1f, 2.5f}, 1.0, true);

  private static BeatRecord roundTrip(Kryo kryo) {
    Output output = new Output(4096, -1);
    kryo.writeClassAndObject(output, BEAT);
    return (BeatRecord) kryo.readClassAndObject(new Input(output.toBytes()));
  }

  @Test
  void plainKryoCannotCarryARecord() {
    assertThatThrownBy(() -> roundTrip(new Kryo())).hasStackTraceContaining("record");
  }

  @Test
  void beatsRoundTripWithTheirOwnSerializerAndOtherRecordsThroughJavaSerialization() {
    Kryo kryo = new Kryo();
    new RecordKryoRegistrator().registerClasses(kryo);
    BeatRecord unlabelled = new BeatRecord(null, new float[] {-0f, Float.MIN_VALUE}, null, false);
    Output output = new Output(4096, -1);
    kryo.writeClassAndObject(output, unlabelled);
    kryo.writeClassAndObject(output, new Pair(BEAT, 3));
    Input input = new Input(output.toBytes());

    assertThat(kryo.readClassAndObject(input)).usingRecursiveComparison().isEqualTo(unlabelled);
    Pair pair = (Pair) kryo.readClassAndObject(input);
    assertThat(pair.count()).isEqualTo(3);
    assertThat(pair.beat().samples()).containsExactly(1f, 2.5f);
    assertThat(kryo.getSerializer(BeatRecord.class)).isInstanceOf(BeatRecordKryoSerializer.class);
  }

  /** Another record, which reaches Kryo only through Java serialization. */
  record Pair(BeatRecord beat, int count) implements java.io.Serializable {}

  @Test
  void withTheRegistratorRecordsRoundTrip() {
    Kryo kryo = new Kryo();
    new RecordKryoRegistrator().registerClasses(kryo);

    BeatRecord copy = roundTrip(kryo);

    assertThat(copy.recordId()).isEqualTo("id-7");
    assertThat(copy.samples()).containsExactly(1f, 2.5f);
    assertThat(copy.label()).isEqualTo(1.0);
  }
}

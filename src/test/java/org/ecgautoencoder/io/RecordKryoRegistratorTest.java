package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.junit.jupiter.api.Test;

class RecordKryoRegistratorTest {
  private static final BeatRecord BEAT = new BeatRecord("file:/a.csv", 7, new float[] {1f, 2.5f}, 1.0, true, "id-7");

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
  void withTheRegistratorRecordsRoundTrip() {
    Kryo kryo = new Kryo();
    new RecordKryoRegistrator().registerClasses(kryo);

    BeatRecord copy = roundTrip(kryo);

    assertThat(copy.recordId()).isEqualTo("id-7");
    assertThat(copy.samples()).containsExactly(1f, 2.5f);
    assertThat(copy.label()).isEqualTo(1.0);
  }
}

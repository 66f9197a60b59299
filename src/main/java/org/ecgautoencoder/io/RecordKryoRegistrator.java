package org.ecgautoencoder.io;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Lets Spark's Kryo serializer carry the project's Java records (beats, scores, models): Kryo 4's
 * FieldSerializer cannot set a record's final fields ("can't get field offset on a record class"), so
 * records, all Serializable, go through Java serialization inside Kryo; beats, which Spark moves in bulk, have
 * their own compact serializer. Configure it next to ND4J's:
 * {@code spark.kryo.registrator org.nd4j.kryo.Nd4jRegistrator,org.ecgautoencoder.io.RecordKryoRegistrator}.
 */
public final class RecordKryoRegistrator implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.addDefaultSerializer(Record.class, JavaSerializer.class);
    kryo.register(BeatRecord.class, new BeatRecordKryoSerializer());
  }
}

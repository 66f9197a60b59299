package org.ecgautoencoder.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the keys whose values are integers. Typesafe Config's getInt, getLong and getIntList truncate a fraction
 * (train.epochs = 1.5 trained one epoch, silently) and so do they for a quoted "1.5"; these refuse any number
 * that is not whole, naming the key and the value. A whole number written as a decimal (2.0, 1e3) is taken.
 */
final class IntegerKeys {
  private IntegerKeys() {}

  static int intValue(Config config, String key) {
    Number number = config.getNumber(key); // a string is converted as getInt does; another type is refused there
    return toInt(number, key, number, "an integer");
  }

  static long longValue(Config config, String key) {
    Number number = config.getNumber(key);
    long value = whole(number, key, number, "an integer");
    ConfigChecks.check(
        !(number instanceof Double) || Math.abs(number.doubleValue()) < 0x1p63, key, number,
        "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
    return value;
  }

  static List<Integer> intList(Config config, String key) {
    List<Number> numbers = config.getNumberList(key);
    List<Integer> values = new ArrayList<>(numbers.size());
    for (Number number : numbers) {
      values.add(toInt(number, key, numbers, "a list of integers"));
    }
    return values;
  }

  /** A size in bytes: "256M" as getBytes reads it, or a plain number of bytes, which must then be whole. */
  static long bytes(Config config, String key) {
    if (config.getValue(key).valueType() == ConfigValueType.NUMBER) {
      Number number = config.getNumber(key);
      whole(number, key, number, "a whole number of bytes or a size such as 256M");
    }
    return config.getBytes(key);
  }

  private static int toInt(Number number, String key, Object shown, String allowed) {
    long value = whole(number, key, shown, allowed);
    ConfigChecks.check(
        value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE, key, shown,
        allowed + " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    return (int) value;
  }

  /** The number as a long when it is whole; {@code shown} is what the message quotes (the number, or its list). */
  private static long whole(Number number, String key, Object shown, String allowed) {
    if (number instanceof Integer || number instanceof Long) {
      return number.longValue();
    }
    double value = number.doubleValue();
    ConfigChecks.check(value == Math.rint(value) && Double.isFinite(value), key, shown, allowed);
    return (long) value; // saturates beyond the long range, which the callers' range checks then refuse
  }
}

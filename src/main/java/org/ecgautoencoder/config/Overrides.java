package org.ecgautoencoder.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValueFactory;

/**
 * One {@code --set key=value}, in HOCON syntax. A value HOCON cannot parse is taken as the string it spells
 * when that is unambiguous: unquoted, {@code spark://host:7077} starts a comment at "//" and {@code local[4]}
 * an array, yet the user plainly meant those strings. A value that starts as HOCON structure ({@code [ { "})
 * or a substitution is not guessed at: the message says how to quote it.
 */
final class Overrides {
  private Overrides() {}

  static Config parse(String override) {
    int equals = override.indexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException("Invalid override '" + override + "': expected key=value, e.g. train.epochs=5");
    }
    String key = override.substring(0, equals).trim();
    String value = override.substring(equals + 1).trim();
    try {
      return ConfigFactory.parseString(override);
    } catch (ConfigException e) { // Parse, or WrongType where HOCON cannot join a value's parts ("local" and [4])
      if (isPath(key) && takenAsString(value)) {
        return ConfigFactory.empty().withValue(key, ConfigValueFactory.fromAnyRef(value, "--set " + key));
      }
      throw new IllegalArgumentException(
          "Cannot parse --set " + override + ": " + reason(e) + "; write a string value in double quotes: --set '"
              + key + "=\"...\"'",
          e);
    }
  }

  private static boolean isPath(String key) {
    try {
      return !key.isEmpty() && !ConfigUtil.splitPath(key).isEmpty();
    } catch (ConfigException e) {
      return false;
    }
  }

  private static boolean takenAsString(String value) {
    return !value.isEmpty() && "[{\"".indexOf(value.charAt(0)) < 0 && !value.contains("${");
  }

  /** Typesafe's message without its origin ("String: 1: ") and its advice ("(if you intended ...", "(if you want ..."). */
  private static String reason(ConfigException e) {
    String message = e.getMessage().replaceFirst("^String: \\d+: ", "");
    int advice = message.indexOf(" (if you ");
    return advice > 0 ? message.substring(0, advice) : message;
  }
}

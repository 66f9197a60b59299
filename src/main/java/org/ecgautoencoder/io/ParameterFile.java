package org.ecgautoencoder.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The network's flat parameter vector as plain bytes: "ECGP", a format version, a count, then big-endian
 * float32 values. Plain data on purpose: a user-swappable file is never Java-deserialised.
 */
public final class ParameterFile {
  private static final int MAGIC = 0x45434750; // "ECGP"
  private static final int VERSION = 1;

  private ParameterFile() {}

  public static byte[] encode(float[] parameters) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(12 + 4 * parameters.length);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(parameters.length);
      for (float parameter : parameters) {
        out.writeFloat(parameter);
      }
    } catch (IOException e) {
      throw new IllegalStateException("in-memory write failed", e);
    }
    return bytes.toByteArray();
  }

  public static float[] decode(byte[] bytes, String fileName) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) {
        throw new IllegalArgumentException(fileName + " is not an ecg-autoencoder parameter file");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IllegalArgumentException(fileName + " has parameter format " + version + "; this build reads " + VERSION);
      }
      int count = in.readInt();
      if (count < 0 || bytes.length != 12 + 4L * count) {
        throw new IllegalArgumentException(
            fileName + " declares " + count + " parameters but holds " + (bytes.length - 12) + " bytes of them");
      }
      float[] parameters = new float[count];
      for (int i = 0; i < count; i++) {
        parameters[i] = in.readFloat();
      }
      return parameters;
    } catch (IOException e) {
      throw new IllegalArgumentException(fileName + " is truncated: " + e.getMessage(), e);
    }
  }
}

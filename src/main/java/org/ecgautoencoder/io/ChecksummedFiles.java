package org.ecgautoencoder.io;

import java.util.Map;

/**
 * Reads the files of a folder whose manifest records each one's sha256 (a model bundle, a training checkpoint)
 * and refuses, naming the folder and the file, one that is not listed, missing, or not what was recorded.
 */
public final class ChecksummedFiles {
  private ChecksummedFiles() {}

  /**
   * @param owner what the folder is, to start each message ("Model bundle hdfs:///m")
   * @param manifestName the file that records the checksums ("model.json")
   * @param advice what the user can do, ending each message ("" for none)
   */
  public static byte[] read(
      HadoopFiles files, String folder, Map<String, String> checksums, String name, String owner,
      String manifestName, String advice) {
    String expected = checksums == null ? null : checksums.get(name);
    if (expected == null) {
      throw new IllegalArgumentException(owner + ": " + manifestName + " lists no checksum for " + name + advice);
    }
    String path = HadoopFiles.child(folder, name);
    if (!files.isFile(path)) {
      throw new IllegalArgumentException(owner + " is missing " + name + advice);
    }
    byte[] bytes = files.read(path);
    String actual = Checksums.sha256(bytes);
    if (!actual.equals(expected)) {
      throw new IllegalArgumentException(
          owner + " is corrupted: " + name + " has sha256 " + actual + " but " + manifestName + " expects " + expected
              + advice);
    }
    return bytes;
  }
}

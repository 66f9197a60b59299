package org.ecgautoencoder.commit;

import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The local filesystem, dying (throwing, with nothing run after it, as if the driver were killed) at the rename
 * of anything to a path named {@code crashName}.
 */
final class CrashingFileSystem extends FilterFileSystem {
  /** How the rename that crashes behaves before it dies. */
  enum RenameCrash {
    /** Nothing moved, as on HDFS or a local disk, where a rename is atomic. */
    BEFORE_RENAME,
    /** The first file of the folder already moved, as an object store (S3A) copies a folder file by file. */
    HALF_WAY_THROUGH_COPY
  }

  private final String crashName;
  private final RenameCrash crash;

  CrashingFileSystem(Configuration conf, String crashName, RenameCrash crash) throws IOException {
    super(FileSystem.getLocal(conf));
    this.crashName = crashName;
    this.crash = crash;
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    if (!dst.getName().equals(crashName)) {
      return super.rename(src, dst);
    }
    if (crash == RenameCrash.HALF_WAY_THROUGH_COPY) {
      FileStatus[] files = listStatus(src);
      Arrays.sort(files);
      mkdirs(dst);
      super.rename(files[0].getPath(), new Path(dst, files[0].getPath().getName()));
    }
    throw new IOException("simulated crash renaming " + src + " to " + dst);
  }
}

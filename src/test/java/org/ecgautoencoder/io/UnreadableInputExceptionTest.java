package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

class UnreadableInputExceptionTest {
  @Test
  void isFoundUnderSparksWrappers() {
    UnreadableInputException unreadable = new UnreadableInputException("file:/x.csv.gz: truncated", new EOFException());
    Exception onTheDriver =
        new SparkException("Job aborted due to stage failure", new SparkException("[TASK_WRITE_FAILED]", unreadable));
    assertThat(UnreadableInputException.foundIn(onTheDriver)).containsSame(unreadable);
    assertThat(UnreadableInputException.foundIn(unreadable)).containsSame(unreadable);
  }

  @Test
  void isNotFoundInOtherFailures() {
    assertThat(UnreadableInputException.foundIn(new SparkException("Job aborted", new OutOfMemoryError()))).isEmpty();
    assertThat(UnreadableInputException.foundIn(new IllegalArgumentException("bad key"))).isEmpty();
  }
}

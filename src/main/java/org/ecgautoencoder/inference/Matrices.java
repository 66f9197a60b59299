package org.ecgautoencoder.inference;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves float matrices between Java arrays and ND4J in bulk. ND4J's own {@code Nd4j.create(float[])} and
 * {@code data().asFloat()} copy element by element, which cost more than the forward pass itself.
 */
final class Matrices {
  private Matrices() {}

  /** Copies {@code rows x width} values into {@code target}, a contiguous matrix of that shape, in its own order. */
  static void fill(INDArray target, float[] values, int rows, int width) {
    if (target.isView() || target.length() != (long) rows * width || target.dataType() != DataType.FLOAT) {
      throw new IllegalStateException("expected a contiguous " + rows + "x" + width + " float matrix but got " + target.shapeInfoToString());
    }
    ((FloatPointer) target.data().addressPointer()).put(values, 0, rows * width);
  }

  /** The matrix's values in column-major order ({@code [i * rows + row]}). */
  private static float[] columnMajor(INDArray matrix) {
    INDArray contiguous = matrix.ordering() == 'f' && !matrix.isView() ? matrix : matrix.dup('f');
    INDArray floats = contiguous.dataType() == DataType.FLOAT ? contiguous : contiguous.castTo(DataType.FLOAT);
    float[] values = new float[(int) floats.length()];
    ((FloatPointer) floats.data().addressPointer()).get(values, 0, values.length);
    return values;
  }

  /** The matrix's values in row-major order. */
  static float[] rowMajor(INDArray matrix) {
    return rowMajorInto(matrix, new float[(int) matrix.length()]);
  }

  /**
   * Copies the matrix's values in row-major order into the start of {@code target}, which it returns: a bulk
   * copy for a contiguous row-major matrix, else transposed in Java (ND4J's order-changing dup is slow).
   */
  static float[] rowMajorInto(INDArray matrix, float[] target) {
    if (matrix.ordering() == 'c' && !matrix.isView()) {
      INDArray floats = matrix.dataType() == DataType.FLOAT ? matrix : matrix.castTo(DataType.FLOAT);
      ((FloatPointer) floats.data().addressPointer()).get(target, 0, (int) floats.length());
      return target;
    }
    int rows = (int) matrix.size(0);
    int width = (int) matrix.size(1);
    float[] columns = columnMajor(matrix);
    for (int i = 0; i < width; i++) {
      for (int row = 0; row < rows; row++) {
        target[row * width + i] = columns[i * rows + row];
      }
    }
    return target;
  }
}

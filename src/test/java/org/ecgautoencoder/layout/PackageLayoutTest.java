package org.ecgautoencoder.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages are the pipeline's stages and depend one way: a package may use the packages after it in
 * {@link #LAYERS} and none before it, nor another of its own layer. Checked on the compiled product classes
 * (every reference in their bytecode, method bodies included), not the tests or the benchmark tools.
 */
class PackageLayoutTest {
  private static final String BASE = "org.ecgautoencoder.";

  /** From the top: each entry may use only the entries below it. Packages on one line are independent. */
  static final List<List<String>> LAYERS =
      List.of(
          List.of("cli"),
          List.of("report"),
          List.of("train", "eval", "derive"),
          List.of("score"),
          List.of("model"),
          List.of("inference"),
          List.of("network"),
          List.of("data"),
          List.of("commit"),
          List.of("io"),
          List.of("recording"),
          List.of("detect", "signal"),
          List.of("config"),
          List.of("backend"));

  @Test
  void everyPackageUsesOnlyThePackagesBelowIt() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ecgautoencoder");
    List<String> violations = new ArrayList<>();
    for (JavaClass javaClass : classes) {
      String from = stage(javaClass.getPackageName());
      // Fails for a product package that is in no layer.
      int fromLayer = layerOf(from);
      for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
        String targetPackage = dependency.getTargetClass().getPackageName();
        if (!targetPackage.startsWith(BASE)) {
          continue;
        }
        String to = stage(targetPackage);
        if (to.equals(from)) {
          continue;
        }
        if (layerOf(to) <= fromLayer) {
          violations.add(from + " -> " + to + ": " + dependency.getDescription());
        }
      }
    }
    assertThat(violations).as("uses of a package above or beside").isEmpty();
  }

  private static String stage(String packageName) {
    String rest = packageName.substring(BASE.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static int layerOf(String stage) {
    for (int layer = 0; layer < LAYERS.size(); layer++) {
      if (LAYERS.get(layer).contains(stage)) {
        return layer;
      }
    }
    throw new AssertionError("package " + BASE + stage + " is in no layer of " + LAYERS);
  }
}

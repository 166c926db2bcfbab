package io.schemaforge.codegen.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasePackageDetectorTest {
  private static final Path MAIN = Path.of("src/main/java");
  @TempDir Path root;

  @Test
  void theSpringBootApplicationsPackageWins() throws Exception {
    source(
        "com/acme/shop/ShopApplication.java",
        "package com.acme.shop;\n\n@SpringBootApplication\npublic class ShopApplication {}\n");
    source("com/acme/shop/web/OrderController.java", "package com.acme.shop.web;\nclass C {}\n");
    source("com/acme/util/Strings.java", "package com.acme.util;\nclass S {}\n");

    var detected = BasePackageDetector.detect(root, MAIN).orElseThrow();
    assertThat(detected.packageName()).isEqualTo("com.acme.shop");
    assertThat(detected.source())
        .isEqualTo("@SpringBootApplication in src/main/java/com/acme/shop/ShopApplication.java");
  }

  @Test
  void withoutAnApplicationClassTheLongestCommonPackageIsTaken() throws Exception {
    source("org/demo/app/a/A.java", "/* licence */\npackage org.demo.app.a;\nclass A {}\n");
    source("org/demo/app/b/c/B.java", "package org . demo.app.b.c ;\nclass B {}\n");
    source("Loose.java", "class Loose {}\n"); // the default package says nothing

    var detected = BasePackageDetector.detect(root, MAIN).orElseThrow();
    assertThat(detected.packageName()).isEqualTo("org.demo.app");
    assertThat(detected.source())
        .isEqualTo("longest common package of 2 source file(s) in src/main/java");
  }

  @Test
  void nothingIsDetectedWithoutSourcesOrWithoutACommonPackage() throws Exception {
    assertThat(BasePackageDetector.detect(root, MAIN)).isEmpty();
    source("a/A.java", "package a;\nclass A {}\n");
    source("b/B.java", "package b;\nclass B {}\n");
    assertThat(BasePackageDetector.detect(root, MAIN)).isEmpty();
  }

  @Test
  void commonPackageComparesWholeSegments() {
    assertThat(BasePackageDetector.commonPackage(List.of("com.acme.shop", "com.acme.shopping")))
        .isEqualTo("com.acme");
    assertThat(BasePackageDetector.commonPackage(List.of("com.acme.shop")))
        .isEqualTo("com.acme.shop");
  }

  private void source(String relative, String content) throws Exception {
    Path p = root.resolve(MAIN).resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }
}

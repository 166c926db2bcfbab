package io.schemaforge.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaSettingsViewModelTest {
  @Test
  void dottedIdentifiersAreAPackage() {
    assertThat(SchemaSettingsViewModel.packageProblem("com.example.shop")).isNull();
    assertThat(SchemaSettingsViewModel.packageProblem(" shop_2 ")).isNull();
  }

  @Test
  void eachWayOfNotBeingAPackageHasItsOwnMessage() {
    assertThat(SchemaSettingsViewModel.packageProblem("  ")).contains("empty");
    assertThat(SchemaSettingsViewModel.packageProblem("com..shop")).contains("empty part");
    assertThat(SchemaSettingsViewModel.packageProblem("com.example.")).contains("empty part");
    assertThat(SchemaSettingsViewModel.packageProblem("com.class.shop"))
        .contains("\"class\" is a Java keyword");
    assertThat(SchemaSettingsViewModel.packageProblem("com.2shop"))
        .contains("\"2shop\" is not a Java identifier");
    assertThat(SchemaSettingsViewModel.packageProblem("com.my-shop")).contains("my-shop");
  }
}

package io.schemaforge.codegen.importer;

import io.schemaforge.model.Model;
import java.util.List;

/** A model an importer built, with what it noticed on the way. */
public record ImportedModel(Model model, List<ImportFinding> findings) {
  public ImportedModel {
    findings = List.copyOf(findings);
  }
}

package io.schemaforge.app.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.RuleRegistry;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {
  @Test
  void findsEntitiesAndAttributesPrefixMatchesFirst() throws Exception {
    DocumentViewModel document = new DocumentViewModel(Runnable::run, RuleRegistry.builtIn());
    document.open(ProjectFiles.load(Examples.path("blog")), Examples.path("blog"));
    SearchViewModel search = new SearchViewModel(document);

    assertThat(search.find("  ")).isEmpty();
    assertThat(search.find("post").get(0).label()).isEqualTo("Post  (posts)");
    assertThat(search.find("post"))
        .extracting(SearchViewModel.Hit::label)
        .contains("Comment.postId : bigint");
    assertThat(search.find("EMAIL"))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.entityId()).isEqualTo("ent_user");
              assertThat(h.attributeId()).isNotNull();
            });
    // "author_id" matches the column, not only the field name.
    assertThat(search.find("author_id")).hasSize(2);
  }
}

package io.schemaforge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListsByIdTest {
  private static List<Note> notes(String... ids) {
    List<Note> list = new ArrayList<>();
    for (String id : ids) {
      list.add(new Note(id, "old " + id, null));
    }
    return list;
  }

  @Test
  void indexOfFindsTheElementWithTheIdOrGivesMinusOne() {
    List<Note> list = notes("a", "b", "c");

    assertThat(ListsById.indexOf(list, "b", Note::id)).isEqualTo(1);
    assertThat(ListsById.indexOf(list, "z", Note::id)).isEqualTo(-1);
  }

  @Test
  void replaceOrInsertReplacesInPlaceWhateverThePosition() {
    List<Note> list = notes("a", "b", "c");

    ListsById.replaceOrInsert(list, 0, new Note("c", "new", null), Note::id);

    assertThat(list).extracting(Note::id).containsExactly("a", "b", "c");
    assertThat(list.get(2).text()).isEqualTo("new");
  }

  @Test
  void replaceOrInsertInsertsANewIdAtThePositionClampedToTheList() {
    List<Note> list = notes("a", "b");

    ListsById.replaceOrInsert(list, 1, new Note("x", "", null), Note::id);
    ListsById.replaceOrInsert(list, 99, new Note("y", "", null), Note::id);
    ListsById.replaceOrInsert(list, -5, new Note("z", "", null), Note::id);

    assertThat(list).extracting(Note::id).containsExactly("z", "a", "x", "b", "y");
  }
}

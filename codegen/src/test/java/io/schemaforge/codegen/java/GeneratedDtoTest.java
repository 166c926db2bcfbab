package io.schemaforge.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.model.Schema;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated DTO records at work: Bean Validation (Hibernate Validator) enforces what the model
 * says, a Response leaves sensitive attributes out, and a mapper carries values both ways.
 */
class GeneratedDtoTest {
  @TempDir static Path classes;
  private static InMemoryCompiler.Result compiled;
  private static ValidatorFactory validation;
  private static Validator validator;

  @BeforeAll
  static void compileTheBlogAndLibraryModels() {
    Schema blog = ExampleModels.load("blog");
    Schema library = ExampleModels.library();
    List<GeneratedFile> files =
        new java.util.ArrayList<>(
            new JavaSourcesExporter().export(blog, JavaExportOptions.defaults()));
    files.addAll(new JavaSourcesExporter().export(library, JavaExportOptions.defaults()));
    compiled = InMemoryCompiler.compile(files, classes);
    validation = Validation.buildDefaultValidatorFactory();
    validator = validation.getValidator();
  }

  @AfterAll
  static void close() throws Exception {
    validation.close();
    compiled.classLoader().close();
  }

  @Test
  void createDtoRejectsAStringLongerThanItsColumn() {
    Object dto =
        newRecord("com.example.blog.dto.UserCreate", "x".repeat(51), "a@example.com", "h", null);

    assertThat(violations(dto)).containsExactly("username: Size");
  }

  @Test
  void createDtoRejectsAMissingRequiredField() {
    Object dto = newRecord("com.example.blog.dto.UserCreate", "ada", null, "hash", null);

    assertThat(violations(dto)).containsExactly("email: NotBlank");
  }

  @Test
  void createDtoAcceptsValidDataAndLeavesOptionalFieldsOut() {
    Object dto = newRecord("com.example.blog.dto.UserCreate", "ada", "a@example.com", "h", null);

    assertThat(violations(dto)).isEmpty();
  }

  @Test
  void createDtoChecksEmailPatternDigitsAndRange() {
    Object member =
        newRecord(
            "com.example.library.dto.MemberCreate", "not-an-email", "Ada", "hash", null, null);
    Object book =
        newRecord(
            "com.example.library.dto.BookCreate",
            "12345",
            "Title",
            new BigDecimal("-1234567.891"),
            null,
            0);

    assertThat(violations(member)).containsExactly("email: Email");
    assertThat(violations(book))
        .containsExactlyInAnyOrder("isbn: Pattern", "price: Digits", "price: Min", "pages: Min");
  }

  @Test
  void updateDtoAcceptsEveryComponentAbsent() {
    Class<?> update = compiled.load("com.example.blog.dto.PostUpdate");
    Object dto = newRecord(update.getName(), new Object[update.getRecordComponents().length]);

    assertThat(violations(dto)).isEmpty();
  }

  @Test
  void responseDtoHasNoComponentForASensitiveAttribute() {
    assertThat(componentNames("com.example.blog.dto.UserResponse"))
        .contains("id", "username", "email", "displayName", "createdAt")
        .doesNotContain("passwordHash");
    assertThat(componentNames("com.example.library.dto.MemberResponse"))
        .doesNotContain("passwordHash");
    // The attribute is there to write: only reading it back is prevented.
    assertThat(componentNames("com.example.blog.dto.UserCreate")).contains("passwordHash");
  }

  @Test
  void dtosReferToRelatedEntitiesByIdAndNeverToPersistence() {
    assertThat(componentNames("com.example.blog.dto.PostResponse")).contains("authorId", "tagIds");
    assertThat(componentNames("com.example.library.dto.LoanCreate"))
        .containsExactly("memberId", "bookId", "loanedOn", "returnedAt");
    for (String dto : List.of("PostCreate", "PostUpdate", "PostResponse")) {
      Class<?> c = compiled.load("com.example.blog.dto." + dto);
      assertThat(Arrays.stream(c.getRecordComponents()).map(RecordComponent::getType))
          .noneMatch(t -> t.getPackageName().equals("com.example.blog.domain"))
          .noneMatch(t -> t.getPackageName().startsWith("jakarta.persistence"));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void mapperCopiesCreateOntoANewEntityAndBackIntoAResponse() throws Exception {
    Class<?> mapperType = compiled.load("com.example.blog.mapper.PostMapper");
    Object mapper = mapperType.getDeclaredConstructor().newInstance();
    Object author =
        compiled.load("com.example.blog.domain.User").getDeclaredConstructor().newInstance();
    Object tag =
        compiled.load("com.example.blog.domain.Tag").getDeclaredConstructor().newInstance();
    Function<Long, Object> users = id -> author;
    Function<Long, Object> tags = id -> tag;
    Object create =
        newRecord(
            "com.example.blog.dto.PostCreate",
            "Title",
            "title",
            "Body",
            null,
            null,
            42L,
            List.of(7L));

    Object post =
        Arrays.stream(mapperType.getMethods())
            .filter(m -> m.getName().equals("toEntity"))
            .findFirst()
            .orElseThrow()
            .invoke(mapper, create, users, tags);
    Object response = mapperType.getMethod("toResponse", post.getClass()).invoke(mapper, post);

    assertThat(post.getClass().getMethod("getAuthor").invoke(post)).isSameAs(author);
    assertThat((Set<Object>) tag.getClass().getMethod("getPosts").invoke(tag))
        .containsExactly(post);
    assertThat(component(response, "title")).isEqualTo("Title");
    assertThat(component(response, "published")).isEqualTo(false); // the column default
  }

  private static Object newRecord(String className, Object... values) {
    Class<?> type = compiled.load(className);
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class[]::new);
    try {
      Constructor<?> c = type.getDeclaredConstructor(types);
      return c.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build " + className, e);
    }
  }

  private static Object component(Object record, String name) throws Exception {
    return record.getClass().getMethod(name).invoke(record);
  }

  private static List<String> componentNames(String className) {
    return Arrays.stream(compiled.load(className).getRecordComponents())
        .map(RecordComponent::getName)
        .toList();
  }

  /** "property: Annotation" for each violation, sorted. */
  private static List<String> violations(Object dto) {
    Set<ConstraintViolation<Object>> found = validator.validate(dto);
    return found.stream()
        .map(
            v ->
                v.getPropertyPath()
                    + ": "
                    + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .sorted()
        .toList();
  }
}

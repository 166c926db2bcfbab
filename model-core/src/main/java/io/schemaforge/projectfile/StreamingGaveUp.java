package io.schemaforge.projectfile;

/**
 * The streaming reader met something it does not handle: broken JSON, a value of the wrong kind, a
 * missing field, a duplicate key or id, a reference that points nowhere. It never says what is
 * wrong; {@link ProjectFileReader} then reads the file again with the tree reader, which does.
 */
final class StreamingGaveUp extends Exception {
  private static final long serialVersionUID = 1L;

  StreamingGaveUp(String why) {
    // No stack trace: it is an expected way out, and the message is only for tests and debugging.
    super(why, null, false, false);
  }

  StreamingGaveUp(Throwable cause) {
    super(String.valueOf(cause), cause, false, false);
  }
}

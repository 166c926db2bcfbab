package io.schemaforge.model;

/** A free text note on the canvas; part of the layout, never of the schema. */
public record Note(String id, String text, Bounds bounds) {}

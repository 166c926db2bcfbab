package io.schemaforge.app.ui.canvas;

/**
 * What one canvas frame drew, after culling: for tests and profiling.
 *
 * @param cards entity cards drawn
 * @param relationships relationship lines drawn
 */
public record FrameStats(int cards, int relationships) {}

package io.schemaforge.codegen.layout;

import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * ELK's progress monitor wired to a {@link LayoutProgress}: every sub-monitor ELK opens shares the
 * same cancel flag (ELK asks the monitor of the phase it is in) and reports its phase name.
 */
final class CancellableProgressMonitor extends BasicProgressMonitor {
  private final LayoutProgress progress;

  CancellableProgressMonitor(LayoutProgress progress) {
    this.progress = progress;
  }

  @Override
  public boolean isCanceled() {
    return progress.isCancelled();
  }

  @Override
  protected void doBegin(String name, float totalWork, boolean topInstance, int maxLevels) {
    super.doBegin(name, totalWork, topInstance, maxLevels);
    if (name != null && !name.isBlank()) {
      progress.phase(name);
    }
  }

  @Override
  protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
    return new CancellableProgressMonitor(progress);
  }
}

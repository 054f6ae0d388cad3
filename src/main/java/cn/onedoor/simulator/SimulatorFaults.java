package cn.onedoor.simulator;

import cn.onedoor.external.ExternalSystem;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fault each simulated system plays, for a number of calls or until cleared. Kept in memory:
 * a restart of the demo clears every fault.
 */
class SimulatorFaults {

  /** A fault and how many more calls it affects ({@code null}: until cleared). */
  record Setting(Fault fault, Integer remaining) {}

  private final Map<ExternalSystem, Setting> settings = new EnumMap<>(ExternalSystem.class);

  synchronized void set(ExternalSystem system, Fault fault, Integer calls) {
    settings.put(system, new Setting(fault, fault == Fault.NONE ? null : calls));
  }

  synchronized Setting current(ExternalSystem system) {
    return settings.getOrDefault(system, new Setting(Fault.NONE, null));
  }

  /** The fault for this call; counts it down. */
  synchronized Fault next(ExternalSystem system) {
    Setting setting = current(system);
    if (setting.fault() == Fault.NONE) {
      return Fault.NONE;
    }
    if (setting.remaining() != null) {
      int left = setting.remaining() - 1;
      settings.put(system, left <= 0 ? new Setting(Fault.NONE, null) : new Setting(setting.fault(), left));
    }
    return setting.fault();
  }
}

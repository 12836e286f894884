package io.tellerline.nlu.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model's label set in a fixed order; probability vectors are indexed by it. */
public final class Labels {

  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();

  public Labels(List<String> names) {
    this.names = List.copyOf(names);
    for (int i = 0; i < this.names.size(); i++) {
      index.put(this.names.get(i), i);
    }
  }

  public int size() {
    return names.size();
  }

  public String name(int i) {
    return names.get(i);
  }

  public int indexOf(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new IllegalArgumentException("unknown label " + name);
    }
    return i;
  }

  public List<String> names() {
    return names;
  }
}

package io.github.itasdk.core.engine;

import io.github.itasdk.core.internal.LinearModel;

/**
 * A run's values by model node: an open-addressing table with linear probing, so that a value costs no
 * entry object (a {@code HashMap} makes one per value). A card of the largest rubric has about 150
 * figures; the table doubles when half full. Keys are never removed. Not thread-shared.
 *
 * @param <V> the value type
 */
final class NodeValues<V> {
  private LinearModel.Node[] keys;
  private Object[] vals;
  private int size;

  /** @param capacity the initial number of slots, a power of two */
  NodeValues(int capacity) {
    if (capacity < 2 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity " + capacity + " is not a power of two above 1");
    }
    keys = new LinearModel.Node[capacity];
    vals = new Object[capacity];
  }

  /** The key's slot, or the empty slot where it would go; the table always has an empty slot. */
  private static int slot(LinearModel.Node[] ks, LinearModel.Node key) {
    int h = key.hashCode();
    int mask = ks.length - 1;
    int i = (h ^ (h >>> 16)) & mask;
    while (ks[i] != null && !ks[i].equals(key)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** @param key a node @return its value, or null when it has none (or was given null) */
  @SuppressWarnings("unchecked")
  V get(LinearModel.Node key) {
    return (V) vals[slot(keys, key)];
  }

  /** @param key a node @return whether a value (perhaps null) was put for it */
  boolean containsKey(LinearModel.Node key) {
    return keys[slot(keys, key)] != null;
  }

  /** Puts or replaces the node's value. @param key a node @param v its value, may be null */
  void put(LinearModel.Node key, V v) {
    int i = slot(keys, key);
    if (keys[i] == null) {
      if (2 * (size + 1) > keys.length) {
        grow();
        i = slot(keys, key);
      }
      keys[i] = key;
      size++;
    }
    vals[i] = v;
  }

  /** @return how many nodes have a value */
  int size() {
    return size;
  }

  private void grow() {
    LinearModel.Node[] oldKeys = keys;
    Object[] oldVals = vals;
    keys = new LinearModel.Node[oldKeys.length * 2];
    vals = new Object[oldKeys.length * 2];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = slot(keys, oldKeys[j]);
        keys[i] = oldKeys[j];
        vals[i] = oldVals[j];
      }
    }
  }
}

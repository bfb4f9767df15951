/**
 * A pure function remembered by argument, with a bound: once `max` results are kept, they are all
 * dropped and the memo starts again, so memory stays bounded over a whole dump while the repeats
 * within one article (its title, its entities, its offsets) are made once.
 */
export function boundedMemo<K, V>(make: (key: K) => V, max: number): (key: K) => V {
  const made = new Map<K, V>();
  return (key: K): V => {
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= max) made.clear();
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

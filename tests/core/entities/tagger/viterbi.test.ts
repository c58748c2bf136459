import { describe, expect, it } from 'vitest';
import { decodeModel, emissions, encodeModel, rowOf } from '../../../../src/core/entities/tagger/model';
import { allowed, namesOf, TAG_COUNT, TAGS, tagsOf } from '../../../../src/core/entities/tagger/tags';
import { posteriors, viterbi } from '../../../../src/core/entities/tagger/viterbi';

const K = TAG_COUNT;
const tag = (name: (typeof TAGS)[number]) => TAGS.indexOf(name);

/** Emissions for a sentence: each token's favourite tag scores `score`, the rest 0. */
function favour(tags: (typeof TAGS)[number][], score = 1): Float64Array {
  const e = new Float64Array(tags.length * K);
  tags.forEach((t, i) => (e[i * K + tag(t)] = score));
  return e;
}

const flat = new Float64Array((K + 1) * K);

describe('core/entities/tagger/viterbi', () => {
  it.each([
    [
      ['B-person', 'I-person', 'O'],
      ['B-person', 'I-person', 'O'],
    ],
    [
      ['O', 'B-place', 'O'],
      ['O', 'B-place', 'O'],
    ],
  ] as const)('follows the emissions where they are well-formed: %j', (want, got) => {
    expect([...viterbi(favour([...want]), want.length, flat)].map((t) => TAGS[t])).toEqual(got);
  });

  it.each([
    // An I- that opens a sentence, follows O, or follows another kind is never taken.
    [['I-person']],
    [['O', 'I-place']],
    [['B-person', 'I-organization']],
  ] as const)('never takes a transition the constraints forbid: %j', (want) => {
    const out = viterbi(favour([...want]), want.length, flat);
    for (let i = 0; i < out.length; i++) expect(allowed(i ? out[i - 1] : -1, out[i])).toBe(true);
  });

  it('lets transition scores decide between equal emissions', () => {
    const e = new Float64Array(2 * K);
    const t = new Float64Array((K + 1) * K);
    t[(tag('B-place') + 1) * K + tag('I-place')] = 2;
    t[0 * K + tag('B-place')] = 1;
    expect([...viterbi(e, 2, t)].map((x) => TAGS[x])).toEqual(['B-place', 'I-place']);
  });

  it('gives posteriors that sum to one and favour the best path', () => {
    const p = posteriors(favour(['B-person', 'I-person', 'O'], 5), 3, flat);
    for (let i = 0; i < 3; i++) expect(p.slice(i * K, i * K + K).reduce((a, b) => a + b)).toBeCloseTo(1, 6);
    expect(p[1 * K + tag('I-person')]).toBeGreaterThan(0.9);
    // An I- at the start has no probability at all.
    expect(p[tag('I-person')]).toBe(0);
  });

  it('turns names into tags and back', () => {
    const names = [
      { first: 0, last: 1, kind: 'person' as const },
      { first: 2, last: 2, kind: 'person' as const },
      { first: 4, last: 4, kind: 'place' as const },
    ];
    expect(namesOf(tagsOf(5, names))).toEqual(names);
  });
});

describe('core/entities/tagger/model', () => {
  it('encodes and decodes a tiny model, weights quantised to their scale', () => {
    const keys = Uint32Array.from([7, 0, 123456789]);
    const weights = new Float32Array(keys.length * K);
    weights[0 * K + 1] = 1.27;
    weights[2 * K + 3] = -0.5;
    const transitions = new Float32Array((K + 1) * K).fill(0.25);
    const names = new Map([[42, 9]]);
    const clusters = new Map([
      [5, 200],
      [4000000000, 0],
    ]);
    const bytes = encodeModel({ lang: 'ar', families: 3, keys, weights, transitions, names, clusters }, 0.01);
    const model = decodeModel(bytes);
    expect(model.lang).toBe('ar');
    expect(model.families).toBe(3);
    expect(model.names).toEqual(names);
    expect(model.clusters).toEqual(clusters);
    expect([...model.transitions]).toEqual([...transitions]);
    expect(rowOf(model, 99)).toBe(-1);
    const e = emissions(model, { offsets: Uint32Array.from([0, 1, 3]), keys: Uint32Array.from([7, 123456789, 99]) });
    expect(e[1]).toBeCloseTo(1.27, 5);
    expect(e[K + 3]).toBeCloseTo(-0.5, 5);
  });

  it("reads a second model after the first, which reads the first model's tables", () => {
    const transitions = new Float32Array((K + 1) * K);
    const part = (key: number, weight: number, names: Map<number, number>) => {
      const weights = new Float32Array(K);
      weights[1] = weight;
      return {
        lang: 'ar' as const,
        families: 0,
        keys: Uint32Array.from([key]),
        weights,
        transitions,
        names,
        clusters: new Map(),
      };
    };
    const first = encodeModel(part(7, 1, new Map([[42, 9]])), 0.01);
    const second = encodeModel(part(8, 2, new Map()), 0.02);
    const both = new Uint8Array(first.length + second.length);
    both.set(first);
    both.set(second, first.length);
    expect(decodeModel(first).second).toBeUndefined();
    const model = decodeModel(both);
    expect(rowOf(model, 7)).toBe(0);
    expect(rowOf(model, 8)).toBe(-1);
    expect(rowOf(model.second!, 8)).toBe(0);
    expect(model.second!.names).toBe(model.names);
    expect(emissions(model.second!, { offsets: Uint32Array.from([0, 1]), keys: Uint32Array.from([8]) })[1]).toBeCloseTo(
      2,
      5,
    );
  });
});

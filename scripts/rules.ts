// `npm run rules`: one JSON line per rule of the engine (extractors/rules.ts), with how many
// extractor cases name it — positive ones by a record they expect, negative ones by a rule they
// keep silent (known failures not counted). extractors/extractors.test.ts fails on a zero.
import { RULES } from '../extractors/rules.ts';
import { caseCounts } from '../test/rule-cases.ts';

const counts = caseCounts();
for (const { id, kind } of RULES) {
  const { positive, negative } = counts.get(id) ?? { positive: 0, negative: 0 };
  console.log(JSON.stringify({ id, kind, positive, negative }));
}

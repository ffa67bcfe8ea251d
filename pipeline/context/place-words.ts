// The words around a place name that say it names no figure's place: a facility's or a firm's name
// around it, the other side of a comparison, a passive's agent body, a plural before a level word. The
// words are data (places.json nameHeads, pressHeads, campaignHeads, comparedWith, passiveAgents; "so với" is the extractors' COMPARED_WITH).
import data from './places.json' with { type: 'json' };
import { COMPARED_WITH, PLAN_WORDS } from '../../extractors/knowledge/index.ts';
import { alternatives } from '../../extractors/patterns.ts';

// "Bến xe Miền Tây", "Trường tiểu học Hòa Bình": a name after these words is a facility's or a firm's
// (or after them and the capitalised words of the name before it: "Công ty Savills Việt Nam")
const NAME_HEAD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(data.nameHeads.words)})(?:[ \\t]+\\p{Lu}[\\p{L}.]*)*[ \\t]+$`, 'iu');
// "phóng viên Báo Quảng Nam": a name right after a capitalised outlet word is a newspaper's or a station's
const PRESS_HEAD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(data.pressHeads.words)})[ \\t]+$`, 'u');
// "phong trào thi đua “Cả nước chung tay vì người nghèo”": a place inside the quoted name of a campaign,
// a slogan or a contest (up to three lower-case words between the head and the quote; the name read up
// to 60 characters, no quote mark inside)
const CAMPAIGN_NAME_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(data.campaignHeads.words)})(?:[ \\t]+\\p{Ll}+){0,3}[ \\t]*[“"«][^“”"«»\\n]{0,60}$`, 'iu');
// "cao hơn TPHCM", "so với Hà Nội": the other side of a comparison
const COMPARED_WITH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${COMPARED_WITH}|(?:${alternatives(data.comparedWith.words)})[ \\t]+)$`, 'iu');
// "được UBND huyện Mai Châu công nhận": the body that acted on the figure's unit, not that unit (its
// level word, or its name after the level word; case-sensitive, so that the level word is lower-case)
const PASSIVE_AGENT_BEFORE = new RegExp(`(?<![\\p{L}])(?:[đĐ]ược|[bB]ị)[ \\t]+(?:${alternatives(data.passiveAgents.words)})(?:[ \\t]+\\p{Ll}+){0,2}[ \\t]+$`, 'u');
// "đạt 97% kế hoạch BHXH Việt Nam giao": a name in the body that set the plan (capitalised words between the
// plan word and the name, "giao" soon after it) names who set it, not the figure's place
const PLAN_GIVER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(PLAN_WORDS)})(?:[ \\t]+(?:do|của))?(?:[ \\t]+\\p{Lu}[\\p{L}.]*){1,4}[ \\t]+$`, 'u');
const GIVEN = String.raw`giao|đề\s+ra|phê\s+duyệt`;
const GIVEN_AFTER = new RegExp(String.raw`^[^,.;:()\n]{0,40}?[ \t](?:${GIVEN})(?![\p{L}])`, 'u');
const GIVEN_WORD = new RegExp(GIVEN, 'u'); // what GIVEN_AFTER needs, found first: most names have none of it after them
// "các tỉnh Miền Tây": the units of a group, no unit of its own
const PLURAL_BEFORE = /(?<![\p{L}])(?:các|những|nhiều)[ \t]+$/iu;

/** Whether the name at text[s…] is the other side of a comparison. */
export const comparedWith = (text: string, s: number) => COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, s - 16), s));
/** Whether the unit named at text[s…] (its level word or its name) is a passive's agent body: no figure's place. */
export const passiveAgent = (text: string, s: number) => PASSIVE_AGENT_BEFORE.test(text.slice(Math.max(0, s - 40), s));
/**
 * Whether the name at text[s…] is a comparison's other side, a passive's agent body, part of a facility's or
 * a firm's name, or inside a campaign's quoted name: no figure's place.
 */
export const namesNoPlace = (text: string, s: number) => comparedWith(text, s) || passiveAgent(text, s) || inOrgName(text.slice(Math.max(0, s - 40), s))
  || inCampaignName(text, s) || setThePlan(text, s);
/** Whether the name at text[s…] is in the body that set a plan ("kế hoạch BHXH Việt Nam giao"). */
const setThePlan = (text: string, s: number) => {
  const after = text.slice(s, s + 60);
  return GIVEN_WORD.test(after) && GIVEN_AFTER.test(after) && PLAN_GIVER_BEFORE.test(text.slice(Math.max(0, s - 40), s));
};
/** Whether the words before a name (`before`) open a facility's, a firm's or an outlet's name. */
const inOrgName = (before: string) => NAME_HEAD_BEFORE.test(before) || PRESS_HEAD_BEFORE.test(before);
/** Whether the name at text[s…] is inside a campaign's quoted name (read only where a quote mark comes before it: most names have none). */
function inCampaignName(text: string, s: number): boolean {
  const before = text.slice(Math.max(0, s - 100), s);
  return QUOTE_MARK.test(before) && CAMPAIGN_NAME_BEFORE.test(before);
}
const QUOTE_MARK = /[“"«]/u;
/** Whether the level word at text[s…] follows a plural ("các tỉnh …"). */
export const afterPlural = (text: string, s: number) => PLURAL_BEFORE.test(text.slice(Math.max(0, s - 12), s));

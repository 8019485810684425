// Look-alike radicals → ordinary ideographs. Text read back from a PDF (pdftotext, an importer)
// can carry a Kangxi radical (U+2F00–U+2FD5) or a CJK Radicals Supplement character (U+2E80–
// U+2EF3) where the page shows an ordinary character: a font that draws ⻔ and 门 with one glyph
// lets the PDF writer name that glyph by either code point. 部⻔ then no longer equals 部门, and
// every comparison of names fails. normalizeRadicals maps each such character to the unified
// ideograph it looks like (Unicode's EquivalentUnifiedIdeograph data; the Kangxi block is its
// compatibility mapping, the same as NFKC). Characters that stand for no ordinary ideograph of
// their own (⺀ REPEAT, ⺈ KNIFE ONE …) are left as they are. Pure; no I/O.

/** The 214 Kangxi radicals U+2F00–U+2FD5, in code point order. */
const KANGXI =
  '⼀⼁⼂⼃⼄⼅⼆⼇⼈⼉⼊⼋⼌⼍⼎⼏⼐⼑⼒⼓⼔⼕⼖⼗⼘⼙⼚⼛⼜⼝⼞⼟⼠⼡⼢⼣⼤⼥⼦⼧⼨⼩⼪⼫⼬⼭⼮⼯⼰⼱⼲⼳⼴⼵⼶⼷⼸⼹⼺⼻⼼⼽⼾⼿' +
  '⽀⽁⽂⽃⽄⽅⽆⽇⽈⽉⽊⽋⽌⽍⽎⽏⽐⽑⽒⽓⽔⽕⽖⽗⽘⽙⽚⽛⽜⽝⽞⽟⽠⽡⽢⽣⽤⽥⽦⽧⽨⽩⽪⽫⽬⽭⽮⽯⽰⽱⽲⽳⽴⽵⽶⽷⽸⽹⽺⽻⽼⽽⽾⽿' +
  '⾀⾁⾂⾃⾄⾅⾆⾇⾈⾉⾊⾋⾌⾍⾎⾏⾐⾑⾒⾓⾔⾕⾖⾗⾘⾙⾚⾛⾜⾝⾞⾟⾠⾡⾢⾣⾤⾥⾦⾧⾨⾩⾪⾫⾬⾭⾮⾯⾰⾱⾲⾳⾴⾵⾶⾷⾸⾹⾺⾻⾼⾽⾾⾿' +
  '⿀⿁⿂⿃⿄⿅⿆⿇⿈⿉⿊⿋⿌⿍⿎⿏⿐⿑⿒⿓⿔⿕';

/** The ideograph each Kangxi radical stands for, in the same order (its compatibility mapping). */
const KANGXI_IDEOGRAPHS =
  '一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手' +
  '支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳' +
  '聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥' +
  '鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠';

/**
 * CJK Radicals Supplement characters that stand for an ordinary ideograph, chiefly the simplified
 * forms Chinese fonts share with the ideograph (⻔ 门, ⻓ 长, ⻋ 车, ⻚ 页 …).
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺁': '厂', '⺅': '亻', '⺆': '冂', '⺇': '几', '⺉': '刂', '⺊': '卜', '⺋': '㔾', '⺌': '小', '⺍': '小',
  '⺎': '兀', '⺏': '尣', '⺐': '尢', '⺒': '巳', '⺓': '幺', '⺔': '彑', '⺕': '彐', '⺖': '忄', '⺗': '㣺',
  '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺜': '日', '⺝': '月', '⺞': '歺', '⺟': '母', '⺠': '民', '⺡': '氵',
  '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺥': '爫', '⺦': '丬', '⺧': '牛', '⺨': '犭', '⺩': '王', '⺪': '疋',
  '⺫': '罒', '⺬': '示', '⺭': '礻', '⺮': '竹', '⺯': '糸', '⺰': '纟', '⺲': '罒', '⺳': '罓', '⺶': '羊',
  '⺷': '羊', '⺹': '耂', '⺺': '肀', '⺻': '聿', '⺼': '月', '⺽': '臼', '⺾': '艹', '⺿': '艹', '⻀': '艹',
  '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻊': '足',
  '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻒': '镸', '⻓': '长',
  '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食',
  '⻟': '飠', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦',
  '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜',
  '⻲': '亀', '⻳': '龟',
};

function buildMap(): ReadonlyMap<string, string> {
  const radicals = [...KANGXI];
  const ideographs = [...KANGXI_IDEOGRAPHS];
  if (radicals.length !== 214 || ideographs.length !== 214) throw new Error('radicals: Kangxi table is not 214 long');
  const map = new Map<string, string>();
  radicals.forEach((r, i) => map.set(r, ideographs[i]!));
  for (const [r, ideograph] of Object.entries(SUPPLEMENT)) map.set(r, ideograph);
  return map;
}

/** Every look-alike radical this module replaces, with the ideograph it stands for. */
export const RADICAL_IDEOGRAPHS: ReadonlyMap<string, string> = buildMap();

const RADICAL_RANGE = /[\u2E80-\u2FDF]/;
const RADICALS_G = /[\u2E80-\u2FDF]/g;

/** True when the text holds any character of the radical blocks (U+2E80–U+2FDF). */
export function hasRadicals(text: string): boolean {
  return RADICAL_RANGE.test(text);
}

/** Replaces look-alike radicals by the ordinary ideographs they stand for: "部⻔" → "部门". */
export function normalizeRadicals(text: string): string {
  if (!RADICAL_RANGE.test(text)) return text;
  return text.replace(RADICALS_G, (ch) => RADICAL_IDEOGRAPHS.get(ch) ?? ch);
}

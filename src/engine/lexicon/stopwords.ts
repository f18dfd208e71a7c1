/**
 * Function words left out when comparing what two messages talk about (topic overlap for
 * `unanswered-question`). English and Indonesian, including informal Indonesian spellings.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then so of to in on at by for with from about as into over under than that this these those
  it its it's is are was were be been being am do does did doing have has had having will would shall should can could
  may might must i me my mine we us our ours you your yours he him his she her hers they them their theirs what which who
  whom whose when where why how there here not no yes ok okay oke sure please thanks thank just also too very really
  any some all each every more most other such only own same again further once up down out off both few let lets know
  get got go going want need like hi hello hey dear regards best cheers
  yang dan atau tapi tetapi jika kalau maka jadi dari ke di pada untuk dengan tentang sebagai ini itu tersebut ada adalah
  akan sudah udah udh belum blm sedang lagi bisa dapat boleh harus mau ingin perlu saya aku gue gw sy aq kamu km anda
  kami kita mereka dia ia beliau nya apa siapa kapan mana dimana bagaimana gimana gmn kenapa mengapa berapa apakah
  tidak nggak gak ga enggak bukan ya iya yah dong deh sih kok kan nih tuh aja saja juga jg pun lah kah tolong mohon
  terima kasih makasih halo hai pak bu bapak ibu kak mas mbak ok sip siap baik oke`.split(/\s+/),
);

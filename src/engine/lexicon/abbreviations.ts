/** Words ending in a dot that do not end a sentence (lower-cased, with the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English titles and Latin abbreviations
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sr.', 'jr.', 'st.', 'e.g.', 'i.e.', 'etc.', 'vs.', 'approx.', 'est.',
  'inc.', 'ltd.', 'co.', 'corp.', 'dept.', 'no.', 'nos.', 'fig.', 'vol.', 'p.', 'pp.', 'cf.', 'a.m.', 'p.m.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.', 'ext.', 'attn.', 're.', 'fw.', 'fwd.',
  // Indonesian: titles and list abbreviations ("dll." = and so on, "dsb." = and the like, "yth." = the honourable)
  'bpk.', 'ibu.', 'sdr.', 'sdri.', 'yth.', 'dll.', 'dsb.', 'dst.', 'tsb.', 'no.', 'jl.', 'tlp.', 'telp.', 'hp.', 'a.n.', 'u.p.',
  'ir.', 'drs.', 's.e.', 's.h.', 's.kom.', 'pt.', 'cv.', 'tbk.', 'kab.', 'kec.', 'ds.', 'kel.',
]);

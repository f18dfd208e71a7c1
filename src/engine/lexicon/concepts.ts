/**
 * Words that name the same thing across English and Indonesian (and common synonyms), so that a reply in
 * one language can answer a question asked in the other: "Kapan rapatnya?" is answered by "the meeting is
 * at 3 PM". Each group maps to its first word.
 */
const GROUPS: readonly string[] = [
  'meeting rapat meet pertemuan ketemu call zoom',
  'send kirim kirimkan sent share email mail forward teruskan',
  'file berkas dokumen document attachment lampiran doc pdf',
  'report laporan',
  'price harga cost biaya fee rate tarif quote penawaran',
  'invoice tagihan faktur bill',
  'payment pembayaran bayar pay transfer',
  'contract kontrak agreement perjanjian',
  'deadline tenggat batas due',
  'schedule jadwal',
  'draft konsep',
  'review cek periksa check',
  'approve setuju approval persetujuan',
  'presentation presentasi slide slides deck',
  'press rilis release',
  'budget anggaran',
  'address alamat location lokasi',
  'order pesanan pesan',
  'delivery pengiriman kiriman shipment',
  'ticket tiket',
  'room ruang ruangan',
  'project proyek',
  'photo foto picture gambar image',
  'number nomor',
  'proceed ahead continue lanjut lanjutkan teruskan',
  'discuss bahas membahas dibahas diskusi diskusikan talk',
  'account akun rekening',
];

export const CONCEPT: ReadonlyMap<string, string> = new Map(
  GROUPS.flatMap((g) => {
    const words = g.split(' ');
    return words.map((w) => [w, words[0]!] as const);
  }),
);

// Gmail's localized UI strings, per interface language. Only these strings change with the
// language: classes, name=, role= and g_editable never do (fixture-spec §1.2), which is what the
// localized pages exist to prove to the extension.
//
// Provenance: en strings are from the 2020 capture (S1) and modern fragments (S6); es "Cuerpo del
// mensaje"/"Destinatarios en Para" and vi "Nội dung thư"/"Tới người nhận"/"Tiêu đề"/"Gửi" are from
// S6. Everything else (all of id, the rest of es and vi) is our best rendering of Gmail's wording,
// unverified: tests must not treat those strings as Gmail's exact text.

/** @typedef {{ date: string, name: string, email: string }} Attribution */
/** A wall-clock time as Gmail shows it to the viewer: month 1-12. @typedef {{ y: number, m: number, d: number, h: number, min: number }} When */

/** Day of the week, 0 = Sunday. @param {When} w */
const weekday = (w) => new Date(Date.UTC(w.y, w.m - 1, w.d)).getUTCDay();
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const en = {
  lang: 'en',
  sendArchive: 'Send + archive',
  compose: 'Compose',
  newMessage: 'New Message',
  composeHeading: 'Compose:',
  minimize: 'Minimize',
  fullScreen: 'Full screen (Shift for pop-out)',
  exitFullScreen: 'Exit full screen (Shift for pop-out)',
  saveClose: 'Save & close',
  to: 'To',
  toRecipients: 'To recipients',
  ccRecipients: 'Cc recipients',
  bccRecipients: 'Bcc recipients',
  searchField: 'Search Field',
  selectContacts: 'Select contacts',
  addCc: 'Add Cc recipients',
  addBcc: 'Add Bcc recipients',
  recipients: 'Recipients',
  remove: 'Remove',
  subject: 'Subject',
  messageBody: 'Message Body',
  send: 'Send',
  sendKey: 'Ctrl-Enter',
  moreSendOptions: 'More send options',
  scheduleSend: 'Schedule send',
  formatting: 'Formatting options',
  attachFiles: 'Attach files',
  discard: 'Discard draft',
  showTrimmed: 'Show trimmed content',
  reply: 'Reply',
  replyAll: 'Reply all',
  forward: 'Forward',
  popOutReply: 'Pop out reply',
  more: 'More',
  clickHere: ['Click here to ', ', ', ', or '],
  toWord: 'to',
  me: 'me',
  noRecipient: 'Please specify at least one recipient.',
  error: 'Error',
  ok: 'OK',
  messageSent: 'Message sent',
  undo: 'Undo',
  inbox: 'Inbox',
  /** Gmail 2025-26 writes U+202F before AM/PM (S7). */
  dates: { m1: 'Tue, Mar 3, 2026 at 9:00\u202FAM', m2: 'Wed, Mar 4, 2026 at 10:15\u202FAM', short1: 'Mar 3', short2: 'Mar 4', long1: 'Tue, Mar 3, 2026, 9:00 AM', long2: 'Wed, Mar 4, 2026, 10:15 AM' },
  /** @param {Attribution} a */
  attribution: (a) => `On ${a.date} ${esc(a.name)} &lt;<a href="mailto:${esc(a.email)}">${esc(a.email)}</a>&gt; wrote:`,
  /**
   * A thread message's full date, as in `span.g3[title]` (S8: "Tue, Mar 3, 2026, 9:00 AM"; U+202F before AM/PM
   * as in 2025-26 captures, S7). Other languages: our best rendering of Gmail's, unverified.
   * @param {When} w
   */
  fullDate: (w) =>
    `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][weekday(w)]}, ${EN_MONTHS[w.m - 1]} ${w.d}, ${w.y}, ${((w.h + 11) % 12) + 1}:${pad(w.min)}\u202F${w.h < 12 ? 'AM' : 'PM'}`,
  /** The short date beside it ("Mar 3"). @param {When} w */
  shortDate: (w) => `${EN_MONTHS[w.m - 1]} ${w.d}`,
};

const ES_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];

/** @type {typeof en} */
const es = {
  ...en,
  lang: 'es',
  sendArchive: 'Enviar y archivar',
  compose: 'Redactar',
  newMessage: 'Mensaje nuevo',
  composeHeading: 'Redactar:',
  minimize: 'Minimizar',
  fullScreen: 'Pantalla completa (Mayús para ventana emergente)',
  exitFullScreen: 'Salir de pantalla completa (Mayús para ventana emergente)',
  saveClose: 'Guardar y cerrar',
  to: 'Para',
  toRecipients: 'Destinatarios en Para',
  ccRecipients: 'Destinatarios en Cc',
  bccRecipients: 'Destinatarios en Cco',
  searchField: 'Campo de búsqueda',
  selectContacts: 'Seleccionar contactos',
  addCc: 'Añadir destinatarios en Cc',
  addBcc: 'Añadir destinatarios en Cco',
  recipients: 'Destinatarios',
  remove: 'Quitar',
  subject: 'Asunto',
  messageBody: 'Cuerpo del mensaje',
  send: 'Enviar',
  sendKey: 'Ctrl-Intro',
  moreSendOptions: 'Más opciones de envío',
  scheduleSend: 'Programar envío',
  formatting: 'Opciones de formato',
  attachFiles: 'Adjuntar archivos',
  discard: 'Descartar borrador',
  showTrimmed: 'Mostrar contenido recortado',
  reply: 'Responder',
  replyAll: 'Responder a todos',
  forward: 'Reenviar',
  popOutReply: 'Abrir respuesta en ventana emergente',
  more: 'Más',
  clickHere: ['Haz clic aquí para ', ', ', ' o '],
  toWord: 'para',
  me: 'yo',
  noRecipient: 'Especifica al menos un destinatario.',
  ok: 'Aceptar',
  messageSent: 'Mensaje enviado',
  undo: 'Deshacer',
  inbox: 'Recibidos',
  dates: { m1: 'mar, 3 mar 2026 a las 9:00', m2: 'mié, 4 mar 2026 a las 10:15', short1: '3 mar', short2: '4 mar', long1: 'mar, 3 mar 2026, 9:00', long2: 'mié, 4 mar 2026, 10:15' },
  attribution: (a) => `El ${a.date}, ${esc(a.name)} (&lt;<a href="mailto:${esc(a.email)}">${esc(a.email)}</a>&gt;) escribió:`,
  fullDate: (w) => `${['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'][weekday(w)]}, ${w.d} ${ES_MONTHS[w.m - 1]} ${w.y}, ${w.h}:${pad(w.min)}`,
  shortDate: (w) => `${w.d} ${ES_MONTHS[w.m - 1]}`,
};

/** @type {typeof en} */
const vi = {
  ...en,
  lang: 'vi',
  sendArchive: 'Gửi và lưu trữ',
  compose: 'Soạn thư',
  newMessage: 'Thư mới',
  composeHeading: 'Soạn thư:',
  minimize: 'Thu nhỏ',
  fullScreen: 'Toàn màn hình (Shift để bật lên)',
  exitFullScreen: 'Thoát toàn màn hình (Shift để bật lên)',
  saveClose: 'Lưu và đóng',
  to: 'Tới',
  toRecipients: 'Tới người nhận',
  ccRecipients: 'Người nhận Cc',
  bccRecipients: 'Người nhận Bcc',
  searchField: 'Trường tìm kiếm',
  selectContacts: 'Chọn danh bạ',
  addCc: 'Thêm người nhận Cc',
  addBcc: 'Thêm người nhận Bcc',
  recipients: 'Người nhận',
  remove: 'Xóa',
  subject: 'Tiêu đề',
  messageBody: 'Nội dung thư',
  send: 'Gửi',
  moreSendOptions: 'Tùy chọn gửi khác',
  scheduleSend: 'Lên lịch gửi',
  formatting: 'Tùy chọn định dạng',
  attachFiles: 'Đính kèm tệp',
  discard: 'Hủy bản nháp',
  showTrimmed: 'Hiển thị nội dung được cắt bớt',
  reply: 'Trả lời',
  replyAll: 'Trả lời tất cả',
  forward: 'Chuyển tiếp',
  popOutReply: 'Mở thư trả lời trong cửa sổ mới',
  more: 'Thêm',
  clickHere: ['Nhấp vào đây để ', ', ', ' hoặc '],
  toWord: 'tới',
  me: 'tôi',
  noRecipient: 'Vui lòng chỉ định ít nhất một người nhận.',
  error: 'Lỗi',
  messageSent: 'Đã gửi thư',
  undo: 'Hủy',
  inbox: 'Hộp thư đến',
  dates: { m1: 'Th 3, 3 thg 3, 2026 vào lúc 09:00', m2: 'Th 4, 4 thg 3, 2026 vào lúc 10:15', short1: '3 thg 3', short2: '4 thg 3', long1: '09:00 Th 3, 3 thg 3, 2026', long2: '10:15 Th 4, 4 thg 3, 2026' },
  attribution: (a) => `Vào ${a.date} ${esc(a.name)} &lt;<a href="mailto:${esc(a.email)}">${esc(a.email)}</a>&gt; đã viết:`,
  fullDate: (w) => `${pad(w.h)}:${pad(w.min)} ${weekday(w) === 0 ? 'CN' : `Th ${weekday(w) + 1}`}, ${w.d} thg ${w.m}, ${w.y}`,
  shortDate: (w) => `${w.d} thg ${w.m}`,
};

const ID_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** @type {typeof en} */
const id = {
  ...en,
  lang: 'id',
  sendArchive: 'Kirim & arsipkan',
  compose: 'Tulis',
  newMessage: 'Pesan Baru',
  composeHeading: 'Tulis:',
  minimize: 'Perkecil',
  fullScreen: 'Layar penuh (Shift untuk pop-out)',
  exitFullScreen: 'Keluar dari layar penuh (Shift untuk pop-out)',
  saveClose: 'Simpan & tutup',
  to: 'Kepada',
  toRecipients: 'Penerima Kepada',
  ccRecipients: 'Penerima Cc',
  bccRecipients: 'Penerima Bcc',
  searchField: 'Kolom Penelusuran',
  selectContacts: 'Pilih kontak',
  addCc: 'Tambahkan penerima Cc',
  addBcc: 'Tambahkan penerima Bcc',
  recipients: 'Penerima',
  remove: 'Hapus',
  subject: 'Subjek',
  messageBody: 'Isi Pesan',
  send: 'Kirim',
  moreSendOptions: 'Opsi kirim lainnya',
  scheduleSend: 'Jadwalkan pengiriman',
  formatting: 'Opsi pemformatan',
  attachFiles: 'Lampirkan file',
  discard: 'Hapus draf',
  showTrimmed: 'Tampilkan konten yang dipangkas',
  reply: 'Balas',
  replyAll: 'Balas ke semua',
  forward: 'Teruskan',
  popOutReply: 'Buka balasan di jendela baru',
  more: 'Lainnya',
  clickHere: ['Klik di sini untuk ', ', ', ', atau '],
  toWord: 'kepada',
  me: 'saya',
  noRecipient: 'Tentukan setidaknya satu penerima.',
  messageSent: 'Pesan terkirim',
  undo: 'Urungkan',
  inbox: 'Kotak Masuk',
  dates: { m1: 'Sel, 3 Mar 2026 pukul 09.00', m2: 'Rab, 4 Mar 2026 pukul 10.15', short1: '3 Mar', short2: '4 Mar', long1: 'Sel, 3 Mar 2026 09.00', long2: 'Rab, 4 Mar 2026 10.15' },
  attribution: (a) => `Pada tanggal ${a.date} ${esc(a.name)} &lt;<a href="mailto:${esc(a.email)}">${esc(a.email)}</a>&gt; menulis:`,
  fullDate: (w) => `${['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'][weekday(w)]}, ${w.d} ${ID_MONTHS[w.m - 1]} ${w.y} ${pad(w.h)}.${pad(w.min)}`,
  shortDate: (w) => `${w.d} ${ID_MONTHS[w.m - 1]}`,
};

export const LABELS = { en, es, vi, id };

/** @param {string | undefined} lang */
export function labelsFor(lang) {
  return LABELS[/** @type {keyof typeof LABELS} */ (lang ?? 'en')] ?? en;
}

/** Escapes text for HTML text and double-quoted attributes. */
export function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Local names of the namespaces the parse stage must recognise, for wikis whose language has no
 * wikiparser-node config of its own (those get its generic config, which knows only the English and
 * CJK names). Without them `[[Kategorie:X]]` reads as a link to a page called "Kategorie:X" and an
 * image as a link to a page. Data from MediaWiki's localisation (each wiki's siteinfo lists them);
 * names are matched case-insensitively, with `_` or a space alike. Extend it when a corpus needs more.
 */

/** Category (14), File (6, with the older Image alias) and Template (10) names of one wiki language. */
export interface LocalNamespaces {
  category: string[];
  file: string[];
  template: string[];
}

/** Local namespace names by wiki language code. */
export const LOCAL_NAMESPACES: Readonly<Record<string, LocalNamespaces>> = {
  af: { category: ['Kategorie'], file: ['Lêer', 'Beeld'], template: ['Sjabloon'] },
  ar: { category: ['تصنيف'], file: ['ملف', 'صورة'], template: ['قالب'] },
  ca: { category: ['Categoria'], file: ['Fitxer', 'Imatge'], template: ['Plantilla'] },
  cs: { category: ['Kategorie'], file: ['Soubor', 'Obrázek'], template: ['Šablona'] },
  da: { category: ['Kategori'], file: ['Fil', 'Billede'], template: ['Skabelon'] },
  de: { category: ['Kategorie'], file: ['Datei', 'Bild'], template: ['Vorlage'] },
  es: { category: ['Categoría'], file: ['Archivo', 'Imagen'], template: ['Plantilla'] },
  fa: { category: ['رده'], file: ['پرونده', 'تصویر'], template: ['الگو'] },
  fi: { category: ['Luokka'], file: ['Tiedosto', 'Kuva'], template: ['Malline'] },
  fr: { category: ['Catégorie'], file: ['Fichier', 'Image'], template: ['Modèle'] },
  he: { category: ['קטגוריה'], file: ['קובץ', 'תמונה'], template: ['תבנית'] },
  hu: { category: ['Kategória'], file: ['Fájl', 'Kép'], template: ['Sablon'] },
  id: { category: ['Kategori'], file: ['Berkas', 'Gambar'], template: ['Templat'] },
  it: { category: ['Categoria'], file: ['File', 'Immagine'], template: ['Template'] },
  ko: { category: ['분류'], file: ['파일', '그림'], template: ['틀'] },
  nl: { category: ['Categorie'], file: ['Bestand', 'Afbeelding'], template: ['Sjabloon'] },
  nn: { category: ['Kategori'], file: ['Fil', 'Bilete'], template: ['Mal'] },
  no: { category: ['Kategori'], file: ['Fil', 'Bilde'], template: ['Mal'] },
  pl: { category: ['Kategoria'], file: ['Plik', 'Grafika'], template: ['Szablon'] },
  pt: { category: ['Categoria'], file: ['Ficheiro', 'Arquivo', 'Imagem'], template: ['Predefinição', 'Modelo'] },
  ru: { category: ['Категория'], file: ['Файл', 'Изображение'], template: ['Шаблон'] },
  sv: { category: ['Kategori'], file: ['Fil', 'Bild'], template: ['Mall'] },
  tr: { category: ['Kategori'], file: ['Dosya', 'Resim'], template: ['Şablon'] },
  uk: { category: ['Категорія'], file: ['Файл', 'Зображення'], template: ['Шаблон'] },
  ur: { category: ['زمرہ'], file: ['فائل', 'تصویر'], template: ['سانچہ'] },
  vi: { category: ['Thể loại'], file: ['Tập tin', 'Hình'], template: ['Bản mẫu', 'Tiêu bản'] },
};

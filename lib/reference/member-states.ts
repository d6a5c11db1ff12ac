/**
 * The 193 ITU Member States: ISO 3166-1 codes, names in the six ITU languages and BDT region.
 * Generated once from the ITU list and i18n-iso-countries (scripts/generate-member-states.mjs);
 * the region here is only the seed value: administrators may change it in the database.
 */
import type { MemberStateRecord } from "./types";

export const MEMBER_STATES: readonly MemberStateRecord[] = [
  {
    "iso3": "AGO",
    "iso2": "AO",
    "numeric": "024",
    "region": "africa",
    "names": {
      "en": "Angola",
      "fr": "Angola",
      "es": "Angola",
      "ru": "Ангола",
      "zh": "安哥拉",
      "ar": "أنغولا"
    }
  },
  {
    "iso3": "BEN",
    "iso2": "BJ",
    "numeric": "204",
    "region": "africa",
    "names": {
      "en": "Benin",
      "fr": "Bénin",
      "es": "Benin",
      "ru": "Бенин",
      "zh": "贝宁",
      "ar": "بنين"
    }
  },
  {
    "iso3": "BWA",
    "iso2": "BW",
    "numeric": "072",
    "region": "africa",
    "names": {
      "en": "Botswana",
      "fr": "Botswana",
      "es": "Botswana",
      "ru": "Ботсвана",
      "zh": "博茨瓦纳",
      "ar": "بوتسوانا"
    }
  },
  {
    "iso3": "BFA",
    "iso2": "BF",
    "numeric": "854",
    "region": "africa",
    "names": {
      "en": "Burkina Faso",
      "fr": "Burkina Faso",
      "es": "Burkina Faso",
      "ru": "Буркина-Фасо",
      "zh": "布基纳法索",
      "ar": "بوركينا فاسو"
    }
  },
  {
    "iso3": "BDI",
    "iso2": "BI",
    "numeric": "108",
    "region": "africa",
    "names": {
      "en": "Burundi",
      "fr": "Burundi",
      "es": "Burundi",
      "ru": "Бурунди",
      "zh": "布隆迪",
      "ar": "بوروندي"
    }
  },
  {
    "iso3": "CMR",
    "iso2": "CM",
    "numeric": "120",
    "region": "africa",
    "names": {
      "en": "Cameroon",
      "fr": "Cameroun",
      "es": "Camerún",
      "ru": "Камерун",
      "zh": "喀麦隆",
      "ar": "الكاميرون"
    }
  },
  {
    "iso3": "CPV",
    "iso2": "CV",
    "numeric": "132",
    "region": "africa",
    "names": {
      "en": "Cape Verde",
      "fr": "Cap-Vert",
      "es": "Cabo Verde",
      "ru": "Кабо-Верде",
      "zh": "佛得角",
      "ar": "الرأس الأخضر"
    }
  },
  {
    "iso3": "CAF",
    "iso2": "CF",
    "numeric": "140",
    "region": "africa",
    "names": {
      "en": "Central African Republic",
      "fr": "République Centrafricaine",
      "es": "República Centroafricana",
      "ru": "ЦАР",
      "zh": "中非",
      "ar": "جمهورية أفريقيا الوسطى"
    }
  },
  {
    "iso3": "TCD",
    "iso2": "TD",
    "numeric": "148",
    "region": "africa",
    "names": {
      "en": "Chad",
      "fr": "Tchad",
      "es": "Chad",
      "ru": "Чад",
      "zh": "乍得",
      "ar": "تشاد"
    }
  },
  {
    "iso3": "COG",
    "iso2": "CG",
    "numeric": "178",
    "region": "africa",
    "names": {
      "en": "Republic of the Congo",
      "fr": "République du Congo",
      "es": "Congo",
      "ru": "Республика Конго",
      "zh": "刚果（布）",
      "ar": "جمهورية الكونغو"
    }
  },
  {
    "iso3": "CIV",
    "iso2": "CI",
    "numeric": "384",
    "region": "africa",
    "names": {
      "en": "Cote d'Ivoire",
      "fr": "Côte-d'Ivoire",
      "es": "Costa de Marfil",
      "ru": "Кот-д’Ивуар",
      "zh": "科特迪瓦",
      "ar": "ساحل العاج"
    }
  },
  {
    "iso3": "COD",
    "iso2": "CD",
    "numeric": "180",
    "region": "africa",
    "names": {
      "en": "Democratic Republic of the Congo",
      "fr": "République démocratique du Congo",
      "es": "Congo (República Democrática del)",
      "ru": "Демократическая Республика Конго",
      "zh": "刚果（金）",
      "ar": "جمهورية الكونغو الديمقراطية"
    }
  },
  {
    "iso3": "GNQ",
    "iso2": "GQ",
    "numeric": "226",
    "region": "africa",
    "names": {
      "en": "Equatorial Guinea",
      "fr": "Guinée équatoriale",
      "es": "Guinea Ecuatorial",
      "ru": "Экваториальная Гвинея",
      "zh": "赤道几内亚",
      "ar": "غينيا الاستوائية"
    }
  },
  {
    "iso3": "ERI",
    "iso2": "ER",
    "numeric": "232",
    "region": "africa",
    "names": {
      "en": "Eritrea",
      "fr": "Érythrée",
      "es": "Eritrea",
      "ru": "Эритрея",
      "zh": "厄立特里亚",
      "ar": "إريتريا"
    }
  },
  {
    "iso3": "SWZ",
    "iso2": "SZ",
    "numeric": "748",
    "region": "africa",
    "names": {
      "en": "Eswatini",
      "fr": "Royaume d'Eswatini",
      "es": "Esuatini",
      "ru": "Эсватини",
      "zh": "斯威士兰",
      "ar": "سوازيلاند"
    }
  },
  {
    "iso3": "ETH",
    "iso2": "ET",
    "numeric": "231",
    "region": "africa",
    "names": {
      "en": "Ethiopia",
      "fr": "Éthiopie",
      "es": "Etiopía",
      "ru": "Эфиопия",
      "zh": "埃塞俄比亚",
      "ar": "إثيوبيا"
    }
  },
  {
    "iso3": "GAB",
    "iso2": "GA",
    "numeric": "266",
    "region": "africa",
    "names": {
      "en": "Gabon",
      "fr": "Gabon",
      "es": "Gabón",
      "ru": "Габон",
      "zh": "加蓬",
      "ar": "الغابون"
    }
  },
  {
    "iso3": "GMB",
    "iso2": "GM",
    "numeric": "270",
    "region": "africa",
    "names": {
      "en": "Republic of The Gambia",
      "fr": "Gambie",
      "es": "Gambia",
      "ru": "Гамбия",
      "zh": "冈比亚",
      "ar": "غامبيا"
    }
  },
  {
    "iso3": "GHA",
    "iso2": "GH",
    "numeric": "288",
    "region": "africa",
    "names": {
      "en": "Ghana",
      "fr": "Ghana",
      "es": "Ghana",
      "ru": "Гана",
      "zh": "加纳",
      "ar": "غانا"
    }
  },
  {
    "iso3": "GIN",
    "iso2": "GN",
    "numeric": "324",
    "region": "africa",
    "names": {
      "en": "Guinea",
      "fr": "Guinée",
      "es": "Guinea",
      "ru": "Гвинея",
      "zh": "几内亚",
      "ar": "غينيا"
    }
  },
  {
    "iso3": "GNB",
    "iso2": "GW",
    "numeric": "624",
    "region": "africa",
    "names": {
      "en": "Guinea-Bissau",
      "fr": "Guinée-Bissau",
      "es": "Guinea Bissau",
      "ru": "Гвинея-Бисау",
      "zh": "几内亚比绍",
      "ar": "غينيا بيساو"
    }
  },
  {
    "iso3": "KEN",
    "iso2": "KE",
    "numeric": "404",
    "region": "africa",
    "names": {
      "en": "Kenya",
      "fr": "Kenya",
      "es": "Kenia",
      "ru": "Кения",
      "zh": "肯尼亚",
      "ar": "كينيا"
    }
  },
  {
    "iso3": "LSO",
    "iso2": "LS",
    "numeric": "426",
    "region": "africa",
    "names": {
      "en": "Lesotho",
      "fr": "Lesotho",
      "es": "Lesoto",
      "ru": "Лесото",
      "zh": "莱索托",
      "ar": "ليسوتو"
    }
  },
  {
    "iso3": "LBR",
    "iso2": "LR",
    "numeric": "430",
    "region": "africa",
    "names": {
      "en": "Liberia",
      "fr": "Libéria",
      "es": "Liberia",
      "ru": "Либерия",
      "zh": "利比里亚",
      "ar": "ليبيريا"
    }
  },
  {
    "iso3": "MDG",
    "iso2": "MG",
    "numeric": "450",
    "region": "africa",
    "names": {
      "en": "Madagascar",
      "fr": "Madagascar",
      "es": "Madagascar",
      "ru": "Мадагаскар",
      "zh": "马达加斯加",
      "ar": "مدغشقر"
    }
  },
  {
    "iso3": "MWI",
    "iso2": "MW",
    "numeric": "454",
    "region": "africa",
    "names": {
      "en": "Malawi",
      "fr": "Malawi",
      "es": "Malaui",
      "ru": "Малави",
      "zh": "马拉维",
      "ar": "مالاوي"
    }
  },
  {
    "iso3": "MLI",
    "iso2": "ML",
    "numeric": "466",
    "region": "africa",
    "names": {
      "en": "Mali",
      "fr": "Mali",
      "es": "Malí",
      "ru": "Мали",
      "zh": "马里",
      "ar": "مالي"
    }
  },
  {
    "iso3": "MUS",
    "iso2": "MU",
    "numeric": "480",
    "region": "africa",
    "names": {
      "en": "Mauritius",
      "fr": "Maurice",
      "es": "Mauricio",
      "ru": "Маврикий",
      "zh": "毛里求斯",
      "ar": "موريشيوس"
    }
  },
  {
    "iso3": "MOZ",
    "iso2": "MZ",
    "numeric": "508",
    "region": "africa",
    "names": {
      "en": "Mozambique",
      "fr": "Mozambique",
      "es": "Mozambique",
      "ru": "Мозамбик",
      "zh": "莫桑比克",
      "ar": "موزمبيق"
    }
  },
  {
    "iso3": "NAM",
    "iso2": "NA",
    "numeric": "516",
    "region": "africa",
    "names": {
      "en": "Namibia",
      "fr": "Namibie",
      "es": "Namibia",
      "ru": "Намибия",
      "zh": "纳米比亚",
      "ar": "ناميبيا"
    }
  },
  {
    "iso3": "NER",
    "iso2": "NE",
    "numeric": "562",
    "region": "africa",
    "names": {
      "en": "Niger",
      "fr": "Niger",
      "es": "Níger",
      "ru": "Нигер",
      "zh": "尼日尔",
      "ar": "النيجر"
    }
  },
  {
    "iso3": "NGA",
    "iso2": "NG",
    "numeric": "566",
    "region": "africa",
    "names": {
      "en": "Nigeria",
      "fr": "Nigéria",
      "es": "Nigeria",
      "ru": "Нигерия",
      "zh": "尼日利亚",
      "ar": "نيجيريا"
    }
  },
  {
    "iso3": "RWA",
    "iso2": "RW",
    "numeric": "646",
    "region": "africa",
    "names": {
      "en": "Rwanda",
      "fr": "Rwanda",
      "es": "Ruanda",
      "ru": "Руанда",
      "zh": "卢旺达",
      "ar": "رواندا"
    }
  },
  {
    "iso3": "STP",
    "iso2": "ST",
    "numeric": "678",
    "region": "africa",
    "names": {
      "en": "Sao Tome and Principe",
      "fr": "São Tomé-et-Principe",
      "es": "Santo Tomé y Príncipe",
      "ru": "Сан-Томе и Принсипи",
      "zh": "圣多美和普林西比",
      "ar": "ساو تومي وبرينسيب"
    }
  },
  {
    "iso3": "SEN",
    "iso2": "SN",
    "numeric": "686",
    "region": "africa",
    "names": {
      "en": "Senegal",
      "fr": "Sénégal",
      "es": "Senegal",
      "ru": "Сенегал",
      "zh": "塞内加尔",
      "ar": "السنغال"
    }
  },
  {
    "iso3": "SYC",
    "iso2": "SC",
    "numeric": "690",
    "region": "africa",
    "names": {
      "en": "Seychelles",
      "fr": "Seychelles",
      "es": "Seychelles",
      "ru": "Сейшельские Острова",
      "zh": "塞舌尔",
      "ar": "سيشل"
    }
  },
  {
    "iso3": "SLE",
    "iso2": "SL",
    "numeric": "694",
    "region": "africa",
    "names": {
      "en": "Sierra Leone",
      "fr": "Sierra Leone",
      "es": "Sierra Leona",
      "ru": "Сьерра-Леоне",
      "zh": "塞拉利昂",
      "ar": "سيراليون"
    }
  },
  {
    "iso3": "ZAF",
    "iso2": "ZA",
    "numeric": "710",
    "region": "africa",
    "names": {
      "en": "South Africa",
      "fr": "Afrique du Sud",
      "es": "Sudáfrica",
      "ru": "ЮАР",
      "zh": "南非",
      "ar": "جنوب أفريقيا"
    }
  },
  {
    "iso3": "SSD",
    "iso2": "SS",
    "numeric": "728",
    "region": "africa",
    "names": {
      "en": "South Sudan",
      "fr": "Soudan du Sud",
      "es": "Sudán del Sur",
      "ru": "Южный Судан",
      "zh": "南苏丹",
      "ar": "جنوب السودان"
    }
  },
  {
    "iso3": "TZA",
    "iso2": "TZ",
    "numeric": "834",
    "region": "africa",
    "names": {
      "en": "United Republic of Tanzania",
      "fr": "République unie de Tanzanie",
      "es": "Tanzania",
      "ru": "Танзания",
      "zh": "坦桑尼亚",
      "ar": "تانزانيا"
    }
  },
  {
    "iso3": "TGO",
    "iso2": "TG",
    "numeric": "768",
    "region": "africa",
    "names": {
      "en": "Togo",
      "fr": "Togo",
      "es": "Togo",
      "ru": "Того",
      "zh": "多哥",
      "ar": "توغو"
    }
  },
  {
    "iso3": "UGA",
    "iso2": "UG",
    "numeric": "800",
    "region": "africa",
    "names": {
      "en": "Uganda",
      "fr": "Ouganda",
      "es": "Uganda",
      "ru": "Уганда",
      "zh": "乌干达",
      "ar": "أوغندا"
    }
  },
  {
    "iso3": "ZMB",
    "iso2": "ZM",
    "numeric": "894",
    "region": "africa",
    "names": {
      "en": "Zambia",
      "fr": "Zambie",
      "es": "Zambia",
      "ru": "Замбия",
      "zh": "赞比亚",
      "ar": "زامبيا"
    }
  },
  {
    "iso3": "ZWE",
    "iso2": "ZW",
    "numeric": "716",
    "region": "africa",
    "names": {
      "en": "Zimbabwe",
      "fr": "Zimbabwe",
      "es": "Zimbabue",
      "ru": "Зимбабве",
      "zh": "津巴布韦",
      "ar": "زيمبابوي"
    }
  },
  {
    "iso3": "DZA",
    "iso2": "DZ",
    "numeric": "012",
    "region": "arab-states",
    "names": {
      "en": "Algeria",
      "fr": "Algérie",
      "es": "Argelia",
      "ru": "Алжир",
      "zh": "阿尔及利亚",
      "ar": "الجزائر"
    }
  },
  {
    "iso3": "BHR",
    "iso2": "BH",
    "numeric": "048",
    "region": "arab-states",
    "names": {
      "en": "Bahrain",
      "fr": "Bahreïn",
      "es": "Bahrein",
      "ru": "Бахрейн",
      "zh": "巴林",
      "ar": "البحرين"
    }
  },
  {
    "iso3": "COM",
    "iso2": "KM",
    "numeric": "174",
    "region": "arab-states",
    "names": {
      "en": "Comoros",
      "fr": "Comores",
      "es": "Comoras",
      "ru": "Коморы",
      "zh": "科摩罗",
      "ar": "جزر القمر"
    }
  },
  {
    "iso3": "DJI",
    "iso2": "DJ",
    "numeric": "262",
    "region": "arab-states",
    "names": {
      "en": "Djibouti",
      "fr": "Djibouti",
      "es": "Yibuti",
      "ru": "Джибути",
      "zh": "吉布提",
      "ar": "جيبوتي"
    }
  },
  {
    "iso3": "EGY",
    "iso2": "EG",
    "numeric": "818",
    "region": "arab-states",
    "names": {
      "en": "Egypt",
      "fr": "Égypte",
      "es": "Egipto",
      "ru": "Египет",
      "zh": "埃及",
      "ar": "مصر"
    }
  },
  {
    "iso3": "IRQ",
    "iso2": "IQ",
    "numeric": "368",
    "region": "arab-states",
    "names": {
      "en": "Iraq",
      "fr": "Irak",
      "es": "Iraq",
      "ru": "Ирак",
      "zh": "伊拉克",
      "ar": "العراق"
    }
  },
  {
    "iso3": "JOR",
    "iso2": "JO",
    "numeric": "400",
    "region": "arab-states",
    "names": {
      "en": "Jordan",
      "fr": "Jordanie",
      "es": "Jordania",
      "ru": "Иордания",
      "zh": "约旦",
      "ar": "الأردن"
    }
  },
  {
    "iso3": "KWT",
    "iso2": "KW",
    "numeric": "414",
    "region": "arab-states",
    "names": {
      "en": "Kuwait",
      "fr": "Koweït",
      "es": "Kuwait",
      "ru": "Кувейт",
      "zh": "科威特",
      "ar": "الكويت"
    }
  },
  {
    "iso3": "LBN",
    "iso2": "LB",
    "numeric": "422",
    "region": "arab-states",
    "names": {
      "en": "Lebanon",
      "fr": "Liban",
      "es": "Líbano",
      "ru": "Ливан",
      "zh": "黎巴嫩",
      "ar": "لبنان"
    }
  },
  {
    "iso3": "LBY",
    "iso2": "LY",
    "numeric": "434",
    "region": "arab-states",
    "names": {
      "en": "Libya",
      "fr": "Libye",
      "es": "Libia",
      "ru": "Ливия",
      "zh": "利比亚",
      "ar": "ليبيا"
    }
  },
  {
    "iso3": "MRT",
    "iso2": "MR",
    "numeric": "478",
    "region": "arab-states",
    "names": {
      "en": "Mauritania",
      "fr": "Mauritanie",
      "es": "Mauritania",
      "ru": "Мавритания",
      "zh": "毛里塔尼亚",
      "ar": "موريتانيا"
    }
  },
  {
    "iso3": "MAR",
    "iso2": "MA",
    "numeric": "504",
    "region": "arab-states",
    "names": {
      "en": "Morocco",
      "fr": "Maroc",
      "es": "Marruecos",
      "ru": "Марокко",
      "zh": "摩洛哥",
      "ar": "المغرب"
    }
  },
  {
    "iso3": "OMN",
    "iso2": "OM",
    "numeric": "512",
    "region": "arab-states",
    "names": {
      "en": "Oman",
      "fr": "Oman",
      "es": "Omán",
      "ru": "Оман",
      "zh": "阿曼",
      "ar": "عمان"
    }
  },
  {
    "iso3": "QAT",
    "iso2": "QA",
    "numeric": "634",
    "region": "arab-states",
    "names": {
      "en": "Qatar",
      "fr": "Qatar",
      "es": "Catar",
      "ru": "Катар",
      "zh": "卡塔尔",
      "ar": "قطر"
    }
  },
  {
    "iso3": "SAU",
    "iso2": "SA",
    "numeric": "682",
    "region": "arab-states",
    "names": {
      "en": "Saudi Arabia",
      "fr": "Arabie Saoudite",
      "es": "Arabia Saudita",
      "ru": "Саудовская Аравия",
      "zh": "沙特阿拉伯",
      "ar": "السعودية"
    }
  },
  {
    "iso3": "SOM",
    "iso2": "SO",
    "numeric": "706",
    "region": "arab-states",
    "names": {
      "en": "Somalia",
      "fr": "Somalie",
      "es": "Somalia",
      "ru": "Сомали",
      "zh": "索马里",
      "ar": "الصومال"
    }
  },
  {
    "iso3": "SDN",
    "iso2": "SD",
    "numeric": "729",
    "region": "arab-states",
    "names": {
      "en": "Sudan",
      "fr": "Soudan",
      "es": "Sudán",
      "ru": "Судан",
      "zh": "苏丹",
      "ar": "السودان"
    }
  },
  {
    "iso3": "SYR",
    "iso2": "SY",
    "numeric": "760",
    "region": "arab-states",
    "names": {
      "en": "Syrian Arab Republic",
      "fr": "Syrie",
      "es": "República Árabe Siria",
      "ru": "Сирия",
      "zh": "叙利亚",
      "ar": "سوريا"
    }
  },
  {
    "iso3": "TUN",
    "iso2": "TN",
    "numeric": "788",
    "region": "arab-states",
    "names": {
      "en": "Tunisia",
      "fr": "Tunisie",
      "es": "Túnez",
      "ru": "Тунис",
      "zh": "突尼斯",
      "ar": "تونس"
    }
  },
  {
    "iso3": "ARE",
    "iso2": "AE",
    "numeric": "784",
    "region": "arab-states",
    "names": {
      "en": "United Arab Emirates",
      "fr": "Émirats Arabes Unis",
      "es": "Emiratos Árabes Unidos",
      "ru": "ОАЭ",
      "zh": "阿联酋",
      "ar": "الإمارات العربية المتحدة"
    }
  },
  {
    "iso3": "YEM",
    "iso2": "YE",
    "numeric": "887",
    "region": "arab-states",
    "names": {
      "en": "Yemen",
      "fr": "Yémen",
      "es": "Yemen",
      "ru": "Йемен",
      "zh": "也门",
      "ar": "اليمن"
    }
  },
  {
    "iso3": "ATG",
    "iso2": "AG",
    "numeric": "028",
    "region": "americas",
    "names": {
      "en": "Antigua and Barbuda",
      "fr": "Antigua-et-Barbuda",
      "es": "Antigua y Barbuda",
      "ru": "Антигуа и Барбуда",
      "zh": "安提瓜和巴布达",
      "ar": "أنتيغوا وباربودا"
    }
  },
  {
    "iso3": "ARG",
    "iso2": "AR",
    "numeric": "032",
    "region": "americas",
    "names": {
      "en": "Argentina",
      "fr": "Argentine",
      "es": "Argentina",
      "ru": "Аргентина",
      "zh": "阿根廷",
      "ar": "الأرجنتين"
    }
  },
  {
    "iso3": "BHS",
    "iso2": "BS",
    "numeric": "044",
    "region": "americas",
    "names": {
      "en": "Bahamas",
      "fr": "Bahamas",
      "es": "Bahamas",
      "ru": "Багамы",
      "zh": "巴哈马",
      "ar": "باهاماس"
    }
  },
  {
    "iso3": "BRB",
    "iso2": "BB",
    "numeric": "052",
    "region": "americas",
    "names": {
      "en": "Barbados",
      "fr": "Barbade",
      "es": "Barbados",
      "ru": "Барбадос",
      "zh": "巴巴多斯",
      "ar": "باربادوس"
    }
  },
  {
    "iso3": "BLZ",
    "iso2": "BZ",
    "numeric": "084",
    "region": "americas",
    "names": {
      "en": "Belize",
      "fr": "Belize",
      "es": "Belice",
      "ru": "Белиз",
      "zh": "伯利兹",
      "ar": "بليز"
    }
  },
  {
    "iso3": "BOL",
    "iso2": "BO",
    "numeric": "068",
    "region": "americas",
    "names": {
      "en": "Bolivia",
      "fr": "Bolivie",
      "es": "Bolivia",
      "ru": "Боливия",
      "zh": "玻利维亚",
      "ar": "بوليفيا"
    }
  },
  {
    "iso3": "BRA",
    "iso2": "BR",
    "numeric": "076",
    "region": "americas",
    "names": {
      "en": "Brazil",
      "fr": "Brésil",
      "es": "Brasil",
      "ru": "Бразилия",
      "zh": "巴西",
      "ar": "البرازيل"
    }
  },
  {
    "iso3": "CAN",
    "iso2": "CA",
    "numeric": "124",
    "region": "americas",
    "names": {
      "en": "Canada",
      "fr": "Canada",
      "es": "Canadá",
      "ru": "Канада",
      "zh": "加拿大",
      "ar": "كندا"
    }
  },
  {
    "iso3": "CHL",
    "iso2": "CL",
    "numeric": "152",
    "region": "americas",
    "names": {
      "en": "Chile",
      "fr": "Chili",
      "es": "Chile",
      "ru": "Чили",
      "zh": "智利",
      "ar": "تشيلي"
    }
  },
  {
    "iso3": "COL",
    "iso2": "CO",
    "numeric": "170",
    "region": "americas",
    "names": {
      "en": "Colombia",
      "fr": "Colombie",
      "es": "Colombia",
      "ru": "Колумбия",
      "zh": "哥伦比亚",
      "ar": "كولومبيا"
    }
  },
  {
    "iso3": "CRI",
    "iso2": "CR",
    "numeric": "188",
    "region": "americas",
    "names": {
      "en": "Costa Rica",
      "fr": "Costa Rica",
      "es": "Costa Rica",
      "ru": "Коста-Рика",
      "zh": "哥斯达黎加",
      "ar": "كوستاريكا"
    }
  },
  {
    "iso3": "CUB",
    "iso2": "CU",
    "numeric": "192",
    "region": "americas",
    "names": {
      "en": "Cuba",
      "fr": "Cuba",
      "es": "Cuba",
      "ru": "Куба",
      "zh": "古巴",
      "ar": "كوبا"
    }
  },
  {
    "iso3": "DMA",
    "iso2": "DM",
    "numeric": "212",
    "region": "americas",
    "names": {
      "en": "Dominica",
      "fr": "Dominique",
      "es": "Dominica",
      "ru": "Доминика",
      "zh": "多米尼克",
      "ar": "دومينيكا"
    }
  },
  {
    "iso3": "DOM",
    "iso2": "DO",
    "numeric": "214",
    "region": "americas",
    "names": {
      "en": "Dominican Republic",
      "fr": "République Dominicaine",
      "es": "República Dominicana",
      "ru": "Доминиканская Республика",
      "zh": "多米尼加",
      "ar": "جمهورية الدومينيكان"
    }
  },
  {
    "iso3": "ECU",
    "iso2": "EC",
    "numeric": "218",
    "region": "americas",
    "names": {
      "en": "Ecuador",
      "fr": "Équateur",
      "es": "Ecuador",
      "ru": "Эквадор",
      "zh": "厄瓜多尔",
      "ar": "الإكوادور"
    }
  },
  {
    "iso3": "SLV",
    "iso2": "SV",
    "numeric": "222",
    "region": "americas",
    "names": {
      "en": "El Salvador",
      "fr": "El Salvador",
      "es": "El Salvador",
      "ru": "Сальвадор",
      "zh": "萨尔瓦多",
      "ar": "السلفادور"
    }
  },
  {
    "iso3": "GRD",
    "iso2": "GD",
    "numeric": "308",
    "region": "americas",
    "names": {
      "en": "Grenada",
      "fr": "Grenade",
      "es": "Granada",
      "ru": "Гренада",
      "zh": "格林纳达",
      "ar": "غرينادا"
    }
  },
  {
    "iso3": "GTM",
    "iso2": "GT",
    "numeric": "320",
    "region": "americas",
    "names": {
      "en": "Guatemala",
      "fr": "Guatemala",
      "es": "Guatemala",
      "ru": "Гватемала",
      "zh": "危地马拉",
      "ar": "غواتيمالا"
    }
  },
  {
    "iso3": "GUY",
    "iso2": "GY",
    "numeric": "328",
    "region": "americas",
    "names": {
      "en": "Guyana",
      "fr": "Guyana",
      "es": "Guyana",
      "ru": "Гайана",
      "zh": "圭亚那",
      "ar": "غيانا"
    }
  },
  {
    "iso3": "HTI",
    "iso2": "HT",
    "numeric": "332",
    "region": "americas",
    "names": {
      "en": "Haiti",
      "fr": "Haïti",
      "es": "Haití",
      "ru": "Гаити",
      "zh": "海地",
      "ar": "هايتي"
    }
  },
  {
    "iso3": "HND",
    "iso2": "HN",
    "numeric": "340",
    "region": "americas",
    "names": {
      "en": "Honduras",
      "fr": "Honduras",
      "es": "Honduras",
      "ru": "Гондурас",
      "zh": "洪都拉斯",
      "ar": "هندوراس"
    }
  },
  {
    "iso3": "JAM",
    "iso2": "JM",
    "numeric": "388",
    "region": "americas",
    "names": {
      "en": "Jamaica",
      "fr": "Jamaïque",
      "es": "Jamaica",
      "ru": "Ямайка",
      "zh": "牙买加",
      "ar": "جامايكا"
    }
  },
  {
    "iso3": "MEX",
    "iso2": "MX",
    "numeric": "484",
    "region": "americas",
    "names": {
      "en": "Mexico",
      "fr": "Mexique",
      "es": "México",
      "ru": "Мексика",
      "zh": "墨西哥",
      "ar": "المكسيك"
    }
  },
  {
    "iso3": "NIC",
    "iso2": "NI",
    "numeric": "558",
    "region": "americas",
    "names": {
      "en": "Nicaragua",
      "fr": "Nicaragua",
      "es": "Nicaragua",
      "ru": "Никарагуа",
      "zh": "尼加拉瓜",
      "ar": "نيكاراغوا"
    }
  },
  {
    "iso3": "PAN",
    "iso2": "PA",
    "numeric": "591",
    "region": "americas",
    "names": {
      "en": "Panama",
      "fr": "Panama",
      "es": "Panamá",
      "ru": "Панама",
      "zh": "巴拿马",
      "ar": "بنما"
    }
  },
  {
    "iso3": "PRY",
    "iso2": "PY",
    "numeric": "600",
    "region": "americas",
    "names": {
      "en": "Paraguay",
      "fr": "Paraguay",
      "es": "Paraguay",
      "ru": "Парагвай",
      "zh": "巴拉圭",
      "ar": "باراغواي"
    }
  },
  {
    "iso3": "PER",
    "iso2": "PE",
    "numeric": "604",
    "region": "americas",
    "names": {
      "en": "Peru",
      "fr": "Pérou",
      "es": "Perú",
      "ru": "Перу",
      "zh": "秘鲁",
      "ar": "بيرو"
    }
  },
  {
    "iso3": "KNA",
    "iso2": "KN",
    "numeric": "659",
    "region": "americas",
    "names": {
      "en": "Saint Kitts and Nevis",
      "fr": "Saint-Christophe-et-Niévès",
      "es": "Saint Kitts y Nevis",
      "ru": "Сент-Китс и Невис",
      "zh": "圣基茨和尼维斯",
      "ar": "سانت كيتس ونيفيس"
    }
  },
  {
    "iso3": "LCA",
    "iso2": "LC",
    "numeric": "662",
    "region": "americas",
    "names": {
      "en": "Saint Lucia",
      "fr": "Sainte-Lucie",
      "es": "Santa Lucía",
      "ru": "Сент-Люсия",
      "zh": "圣卢西亚",
      "ar": "سانت لوسيا"
    }
  },
  {
    "iso3": "VCT",
    "iso2": "VC",
    "numeric": "670",
    "region": "americas",
    "names": {
      "en": "Saint Vincent and the Grenadines",
      "fr": "Saint-Vincent-et-les-Grenadines",
      "es": "San Vicente y las Granadinas",
      "ru": "Сент-Винсент и Гренадины",
      "zh": "圣文森特和格林纳丁斯",
      "ar": "سانت فينسنت والغرينادين"
    }
  },
  {
    "iso3": "SUR",
    "iso2": "SR",
    "numeric": "740",
    "region": "americas",
    "names": {
      "en": "Suriname",
      "fr": "Suriname",
      "es": "Suriname",
      "ru": "Суринам",
      "zh": "苏里南",
      "ar": "سورينام"
    }
  },
  {
    "iso3": "TTO",
    "iso2": "TT",
    "numeric": "780",
    "region": "americas",
    "names": {
      "en": "Trinidad and Tobago",
      "fr": "Trinité-et-Tobago",
      "es": "Trinidad y Tobago",
      "ru": "Тринидад и Тобаго",
      "zh": "特立尼达和多巴哥",
      "ar": "ترينيداد وتوباغو"
    }
  },
  {
    "iso3": "USA",
    "iso2": "US",
    "numeric": "840",
    "region": "americas",
    "names": {
      "en": "United States of America",
      "fr": "États-Unis d'Amérique",
      "es": "Estados Unidos",
      "ru": "США",
      "zh": "美国",
      "ar": "الولايات المتحدة"
    }
  },
  {
    "iso3": "URY",
    "iso2": "UY",
    "numeric": "858",
    "region": "americas",
    "names": {
      "en": "Uruguay",
      "fr": "Uruguay",
      "es": "Uruguay",
      "ru": "Уругвай",
      "zh": "乌拉圭",
      "ar": "الأوروغواي"
    }
  },
  {
    "iso3": "VEN",
    "iso2": "VE",
    "numeric": "862",
    "region": "americas",
    "names": {
      "en": "Venezuela",
      "fr": "Venezuela",
      "es": "Venezuela",
      "ru": "Венесуэла",
      "zh": "委内瑞拉",
      "ar": "فنزويلا"
    }
  },
  {
    "iso3": "AFG",
    "iso2": "AF",
    "numeric": "004",
    "region": "asia-pacific",
    "names": {
      "en": "Afghanistan",
      "fr": "Afghanistan",
      "es": "Afganistán",
      "ru": "Афганистан",
      "zh": "阿富汗",
      "ar": "أفغانستان"
    }
  },
  {
    "iso3": "AUS",
    "iso2": "AU",
    "numeric": "036",
    "region": "asia-pacific",
    "names": {
      "en": "Australia",
      "fr": "Australie",
      "es": "Australia",
      "ru": "Австралия",
      "zh": "澳大利亚",
      "ar": "أستراليا"
    }
  },
  {
    "iso3": "BGD",
    "iso2": "BD",
    "numeric": "050",
    "region": "asia-pacific",
    "names": {
      "en": "Bangladesh",
      "fr": "Bangladesh",
      "es": "Bangladesh",
      "ru": "Бангладеш",
      "zh": "孟加拉国",
      "ar": "بنغلاديش"
    }
  },
  {
    "iso3": "BTN",
    "iso2": "BT",
    "numeric": "064",
    "region": "asia-pacific",
    "names": {
      "en": "Bhutan",
      "fr": "Bhoutan",
      "es": "Bután",
      "ru": "Бутан",
      "zh": "不丹",
      "ar": "بوتان"
    }
  },
  {
    "iso3": "BRN",
    "iso2": "BN",
    "numeric": "096",
    "region": "asia-pacific",
    "names": {
      "en": "Brunei Darussalam",
      "fr": "Brunei Darussalam",
      "es": "Brunei Darussalam",
      "ru": "Бруней",
      "zh": "文莱",
      "ar": "بروناي"
    }
  },
  {
    "iso3": "KHM",
    "iso2": "KH",
    "numeric": "116",
    "region": "asia-pacific",
    "names": {
      "en": "Cambodia",
      "fr": "Cambodge",
      "es": "Camboya",
      "ru": "Камбоджа",
      "zh": "柬埔寨",
      "ar": "كمبوديا"
    }
  },
  {
    "iso3": "CHN",
    "iso2": "CN",
    "numeric": "156",
    "region": "asia-pacific",
    "names": {
      "en": "People's Republic of China",
      "fr": "Chine",
      "es": "China",
      "ru": "КНР (Китайская Народная Республика)",
      "zh": "中国",
      "ar": "الصين"
    }
  },
  {
    "iso3": "PRK",
    "iso2": "KP",
    "numeric": "408",
    "region": "asia-pacific",
    "names": {
      "en": "North Korea",
      "fr": "Corée du Nord",
      "es": "República Popular Democrática de Corea",
      "ru": "КНДР (Корейская Народно-Демократическая Республика)",
      "zh": "朝鲜",
      "ar": "كوريا الشمالية"
    }
  },
  {
    "iso3": "FJI",
    "iso2": "FJ",
    "numeric": "242",
    "region": "asia-pacific",
    "names": {
      "en": "Fiji",
      "fr": "Fidji",
      "es": "Fiji",
      "ru": "Фиджи",
      "zh": "斐济",
      "ar": "فيجي"
    }
  },
  {
    "iso3": "IND",
    "iso2": "IN",
    "numeric": "356",
    "region": "asia-pacific",
    "names": {
      "en": "India",
      "fr": "Inde",
      "es": "India",
      "ru": "Индия",
      "zh": "印度",
      "ar": "الهند"
    }
  },
  {
    "iso3": "IDN",
    "iso2": "ID",
    "numeric": "360",
    "region": "asia-pacific",
    "names": {
      "en": "Indonesia",
      "fr": "Indonésie",
      "es": "Indonesia",
      "ru": "Индонезия",
      "zh": "印尼",
      "ar": "إندونيسيا"
    }
  },
  {
    "iso3": "IRN",
    "iso2": "IR",
    "numeric": "364",
    "region": "asia-pacific",
    "names": {
      "en": "Islamic Republic of Iran",
      "fr": "Iran",
      "es": "Irán",
      "ru": "Иран",
      "zh": "伊朗",
      "ar": "إيران"
    }
  },
  {
    "iso3": "JPN",
    "iso2": "JP",
    "numeric": "392",
    "region": "asia-pacific",
    "names": {
      "en": "Japan",
      "fr": "Japon",
      "es": "Japón",
      "ru": "Япония",
      "zh": "日本",
      "ar": "اليابان"
    }
  },
  {
    "iso3": "KIR",
    "iso2": "KI",
    "numeric": "296",
    "region": "asia-pacific",
    "names": {
      "en": "Kiribati",
      "fr": "Kiribati",
      "es": "Kiribati",
      "ru": "Кирибати",
      "zh": "基里巴斯",
      "ar": "كيريباتي"
    }
  },
  {
    "iso3": "KOR",
    "iso2": "KR",
    "numeric": "410",
    "region": "asia-pacific",
    "names": {
      "en": "South Korea",
      "fr": "Corée du Sud",
      "es": "República de Corea",
      "ru": "Республика Корея",
      "zh": "韩国",
      "ar": "كوريا الجنوبية"
    }
  },
  {
    "iso3": "LAO",
    "iso2": "LA",
    "numeric": "418",
    "region": "asia-pacific",
    "names": {
      "en": "Lao People's Democratic Republic",
      "fr": "Laos",
      "es": "República Democrática Popular de Lao",
      "ru": "Лаос",
      "zh": "老挝",
      "ar": "لاوس"
    }
  },
  {
    "iso3": "MYS",
    "iso2": "MY",
    "numeric": "458",
    "region": "asia-pacific",
    "names": {
      "en": "Malaysia",
      "fr": "Malaisie",
      "es": "Malasia",
      "ru": "Малайзия",
      "zh": "马来西亚",
      "ar": "ماليزيا"
    }
  },
  {
    "iso3": "MDV",
    "iso2": "MV",
    "numeric": "462",
    "region": "asia-pacific",
    "names": {
      "en": "Maldives",
      "fr": "Maldives",
      "es": "Maldivas",
      "ru": "Мальдивы",
      "zh": "马尔代夫",
      "ar": "جزر المالديف"
    }
  },
  {
    "iso3": "MHL",
    "iso2": "MH",
    "numeric": "584",
    "region": "asia-pacific",
    "names": {
      "en": "Marshall Islands",
      "fr": "Îles Marshall",
      "es": "Islas Marshall",
      "ru": "Маршалловы Острова",
      "zh": "马绍尔群岛",
      "ar": "جزر مارشال"
    }
  },
  {
    "iso3": "FSM",
    "iso2": "FM",
    "numeric": "583",
    "region": "asia-pacific",
    "names": {
      "en": "Micronesia, Federated States of",
      "fr": "Micronésie",
      "es": "Micronesia",
      "ru": "Микронезия",
      "zh": "密克罗尼西亚联邦",
      "ar": "ولايات ميكرونيسيا المتحدة"
    }
  },
  {
    "iso3": "MNG",
    "iso2": "MN",
    "numeric": "496",
    "region": "asia-pacific",
    "names": {
      "en": "Mongolia",
      "fr": "Mongolie",
      "es": "Mongolia",
      "ru": "Монголия",
      "zh": "蒙古",
      "ar": "منغوليا"
    }
  },
  {
    "iso3": "MMR",
    "iso2": "MM",
    "numeric": "104",
    "region": "asia-pacific",
    "names": {
      "en": "Myanmar",
      "fr": "Myanmar",
      "es": "Myanmar",
      "ru": "Мьянма",
      "zh": "缅甸",
      "ar": "بورما"
    }
  },
  {
    "iso3": "NRU",
    "iso2": "NR",
    "numeric": "520",
    "region": "asia-pacific",
    "names": {
      "en": "Nauru",
      "fr": "Nauru",
      "es": "Nauru",
      "ru": "Науру",
      "zh": "瑙鲁",
      "ar": "ناورو"
    }
  },
  {
    "iso3": "NPL",
    "iso2": "NP",
    "numeric": "524",
    "region": "asia-pacific",
    "names": {
      "en": "Nepal",
      "fr": "Népal",
      "es": "Nepal",
      "ru": "Непал",
      "zh": "尼泊尔",
      "ar": "نيبال"
    }
  },
  {
    "iso3": "NZL",
    "iso2": "NZ",
    "numeric": "554",
    "region": "asia-pacific",
    "names": {
      "en": "New Zealand",
      "fr": "Nouvelle-Zélande",
      "es": "Nueva Zelanda",
      "ru": "Новая Зеландия",
      "zh": "新西兰",
      "ar": "نيوزيلندا"
    }
  },
  {
    "iso3": "PAK",
    "iso2": "PK",
    "numeric": "586",
    "region": "asia-pacific",
    "names": {
      "en": "Pakistan",
      "fr": "Pakistan",
      "es": "Pakistán",
      "ru": "Пакистан",
      "zh": "巴基斯坦",
      "ar": "باكستان"
    }
  },
  {
    "iso3": "PNG",
    "iso2": "PG",
    "numeric": "598",
    "region": "asia-pacific",
    "names": {
      "en": "Papua New Guinea",
      "fr": "Papouasie-Nouvelle-Guinée",
      "es": "Papua Nueva Guinea",
      "ru": "Папуа — Новая Гвинея",
      "zh": "巴布亚新几内亚",
      "ar": "بابوا غينيا الجديدة"
    }
  },
  {
    "iso3": "PHL",
    "iso2": "PH",
    "numeric": "608",
    "region": "asia-pacific",
    "names": {
      "en": "Philippines",
      "fr": "Philippines",
      "es": "Filipinas",
      "ru": "Филиппины",
      "zh": "菲律宾",
      "ar": "الفلبين"
    }
  },
  {
    "iso3": "WSM",
    "iso2": "WS",
    "numeric": "882",
    "region": "asia-pacific",
    "names": {
      "en": "Samoa",
      "fr": "Samoa",
      "es": "Samoa",
      "ru": "Самоа",
      "zh": "萨摩亚",
      "ar": "ساموا"
    }
  },
  {
    "iso3": "SGP",
    "iso2": "SG",
    "numeric": "702",
    "region": "asia-pacific",
    "names": {
      "en": "Singapore",
      "fr": "Singapour",
      "es": "Singapur",
      "ru": "Сингапур",
      "zh": "新加坡",
      "ar": "سنغافورة"
    }
  },
  {
    "iso3": "SLB",
    "iso2": "SB",
    "numeric": "090",
    "region": "asia-pacific",
    "names": {
      "en": "Solomon Islands",
      "fr": "Îles Salomon",
      "es": "Islas Salomón",
      "ru": "Соломоновы Острова",
      "zh": "所罗门群岛",
      "ar": "جزر سليمان"
    }
  },
  {
    "iso3": "LKA",
    "iso2": "LK",
    "numeric": "144",
    "region": "asia-pacific",
    "names": {
      "en": "Sri Lanka",
      "fr": "Sri Lanka",
      "es": "Sri Lanka",
      "ru": "Шри-Ланка",
      "zh": "斯里兰卡",
      "ar": "سريلانكا"
    }
  },
  {
    "iso3": "THA",
    "iso2": "TH",
    "numeric": "764",
    "region": "asia-pacific",
    "names": {
      "en": "Thailand",
      "fr": "Thaïlande",
      "es": "Tailandia",
      "ru": "Таиланд",
      "zh": "泰国",
      "ar": "تايلاند"
    }
  },
  {
    "iso3": "TLS",
    "iso2": "TL",
    "numeric": "626",
    "region": "asia-pacific",
    "names": {
      "en": "Timor-Leste",
      "fr": "Timor-Leste",
      "es": "Timor-Leste",
      "ru": "Восточный Тимор",
      "zh": "东帝汶",
      "ar": "تيمور الشرقية"
    }
  },
  {
    "iso3": "TON",
    "iso2": "TO",
    "numeric": "776",
    "region": "asia-pacific",
    "names": {
      "en": "Tonga",
      "fr": "Tonga",
      "es": "Tonga",
      "ru": "Тонга",
      "zh": "汤加",
      "ar": "تونغا"
    }
  },
  {
    "iso3": "TUV",
    "iso2": "TV",
    "numeric": "798",
    "region": "asia-pacific",
    "names": {
      "en": "Tuvalu",
      "fr": "Tuvalu",
      "es": "Tuvalu",
      "ru": "Тувалу",
      "zh": "图瓦卢",
      "ar": "توفالو"
    }
  },
  {
    "iso3": "VUT",
    "iso2": "VU",
    "numeric": "548",
    "region": "asia-pacific",
    "names": {
      "en": "Vanuatu",
      "fr": "Vanuatu",
      "es": "Vanuatu",
      "ru": "Вануату",
      "zh": "瓦努阿图",
      "ar": "فانواتو"
    }
  },
  {
    "iso3": "VNM",
    "iso2": "VN",
    "numeric": "704",
    "region": "asia-pacific",
    "names": {
      "en": "Vietnam",
      "fr": "Vietnam",
      "es": "Vietnam",
      "ru": "Вьетнам",
      "zh": "越南",
      "ar": "فيتنام"
    }
  },
  {
    "iso3": "ARM",
    "iso2": "AM",
    "numeric": "051",
    "region": "cis",
    "names": {
      "en": "Armenia",
      "fr": "Arménie",
      "es": "Armenia",
      "ru": "Армения",
      "zh": "亚美尼亚",
      "ar": "أرمينيا"
    }
  },
  {
    "iso3": "AZE",
    "iso2": "AZ",
    "numeric": "031",
    "region": "cis",
    "names": {
      "en": "Azerbaijan",
      "fr": "Azerbaïdjan",
      "es": "Azerbaiyán",
      "ru": "Азербайджан",
      "zh": "阿塞拜疆",
      "ar": "أذربيجان"
    }
  },
  {
    "iso3": "BLR",
    "iso2": "BY",
    "numeric": "112",
    "region": "cis",
    "names": {
      "en": "Belarus",
      "fr": "Biélorussie",
      "es": "Bielorrusia",
      "ru": "Беларусь",
      "zh": "白俄罗斯",
      "ar": "روسيا البيضاء"
    }
  },
  {
    "iso3": "KAZ",
    "iso2": "KZ",
    "numeric": "398",
    "region": "cis",
    "names": {
      "en": "Kazakhstan",
      "fr": "Kazakhstan",
      "es": "Kazajistán",
      "ru": "Казахстан",
      "zh": "哈萨克斯坦",
      "ar": "كازاخستان"
    }
  },
  {
    "iso3": "KGZ",
    "iso2": "KG",
    "numeric": "417",
    "region": "cis",
    "names": {
      "en": "Kyrgyzstan",
      "fr": "Kirghizistan",
      "es": "Kirguistán",
      "ru": "Киргизия",
      "zh": "吉尔吉斯斯坦",
      "ar": "قيرغيزستان"
    }
  },
  {
    "iso3": "RUS",
    "iso2": "RU",
    "numeric": "643",
    "region": "cis",
    "names": {
      "en": "Russian Federation",
      "fr": "Russie",
      "es": "Rusia",
      "ru": "Российская Федерация",
      "zh": "俄罗斯",
      "ar": "روسيا"
    }
  },
  {
    "iso3": "TJK",
    "iso2": "TJ",
    "numeric": "762",
    "region": "cis",
    "names": {
      "en": "Tajikistan",
      "fr": "Tadjikistan",
      "es": "Tayikistán",
      "ru": "Таджикистан",
      "zh": "塔吉克斯坦",
      "ar": "طاجيكستان"
    }
  },
  {
    "iso3": "TKM",
    "iso2": "TM",
    "numeric": "795",
    "region": "cis",
    "names": {
      "en": "Turkmenistan",
      "fr": "Turkménistan",
      "es": "Turkmenistán",
      "ru": "Туркмения",
      "zh": "土库曼斯坦",
      "ar": "تركمانستان"
    }
  },
  {
    "iso3": "UZB",
    "iso2": "UZ",
    "numeric": "860",
    "region": "cis",
    "names": {
      "en": "Uzbekistan",
      "fr": "Ouzbékistan",
      "es": "Uzbekistán",
      "ru": "Узбекистан",
      "zh": "乌兹别克斯坦",
      "ar": "أوزبكستان"
    }
  },
  {
    "iso3": "ALB",
    "iso2": "AL",
    "numeric": "008",
    "region": "europe",
    "names": {
      "en": "Albania",
      "fr": "Albanie",
      "es": "Albania",
      "ru": "Албания",
      "zh": "阿尔巴尼亚",
      "ar": "ألبانيا"
    }
  },
  {
    "iso3": "AND",
    "iso2": "AD",
    "numeric": "020",
    "region": "europe",
    "names": {
      "en": "Andorra",
      "fr": "Andorre",
      "es": "Andorra",
      "ru": "Андорра",
      "zh": "安道尔",
      "ar": "أندورا"
    }
  },
  {
    "iso3": "AUT",
    "iso2": "AT",
    "numeric": "040",
    "region": "europe",
    "names": {
      "en": "Austria",
      "fr": "Autriche",
      "es": "Austria",
      "ru": "Австрия",
      "zh": "奥地利",
      "ar": "النمسا"
    }
  },
  {
    "iso3": "BEL",
    "iso2": "BE",
    "numeric": "056",
    "region": "europe",
    "names": {
      "en": "Belgium",
      "fr": "Belgique",
      "es": "Bélgica",
      "ru": "Бельгия",
      "zh": "比利时",
      "ar": "بلجيكا"
    }
  },
  {
    "iso3": "BIH",
    "iso2": "BA",
    "numeric": "070",
    "region": "europe",
    "names": {
      "en": "Bosnia and Herzegovina",
      "fr": "Bosnie-Herzégovine",
      "es": "Bosnia y Herzegovina",
      "ru": "Босния и Герцеговина",
      "zh": "波黑",
      "ar": "البوسنة والهرسك"
    }
  },
  {
    "iso3": "BGR",
    "iso2": "BG",
    "numeric": "100",
    "region": "europe",
    "names": {
      "en": "Bulgaria",
      "fr": "Bulgarie",
      "es": "Bulgaria",
      "ru": "Болгария",
      "zh": "保加利亚",
      "ar": "بلغاريا"
    }
  },
  {
    "iso3": "HRV",
    "iso2": "HR",
    "numeric": "191",
    "region": "europe",
    "names": {
      "en": "Croatia",
      "fr": "Croatie",
      "es": "Croacia",
      "ru": "Хорватия",
      "zh": "克罗地亚",
      "ar": "كرواتيا"
    }
  },
  {
    "iso3": "CYP",
    "iso2": "CY",
    "numeric": "196",
    "region": "europe",
    "names": {
      "en": "Cyprus",
      "fr": "Chypre",
      "es": "Chipre",
      "ru": "Кипр",
      "zh": "塞浦路斯",
      "ar": "قبرص"
    }
  },
  {
    "iso3": "CZE",
    "iso2": "CZ",
    "numeric": "203",
    "region": "europe",
    "names": {
      "en": "Czech Republic",
      "fr": "République Tchèque",
      "es": "República Checa",
      "ru": "Чехия",
      "zh": "捷克",
      "ar": "جمهورية التشيك"
    }
  },
  {
    "iso3": "DNK",
    "iso2": "DK",
    "numeric": "208",
    "region": "europe",
    "names": {
      "en": "Denmark",
      "fr": "Danemark",
      "es": "Dinamarca",
      "ru": "Дания",
      "zh": "丹麦",
      "ar": "الدنمارك"
    }
  },
  {
    "iso3": "EST",
    "iso2": "EE",
    "numeric": "233",
    "region": "europe",
    "names": {
      "en": "Estonia",
      "fr": "Estonie",
      "es": "Estonia",
      "ru": "Эстония",
      "zh": "爱沙尼亚",
      "ar": "إستونيا"
    }
  },
  {
    "iso3": "FIN",
    "iso2": "FI",
    "numeric": "246",
    "region": "europe",
    "names": {
      "en": "Finland",
      "fr": "Finlande",
      "es": "Finlandia",
      "ru": "Финляндия",
      "zh": "芬兰",
      "ar": "فنلندا"
    }
  },
  {
    "iso3": "FRA",
    "iso2": "FR",
    "numeric": "250",
    "region": "europe",
    "names": {
      "en": "France",
      "fr": "France",
      "es": "Francia",
      "ru": "Франция",
      "zh": "法国",
      "ar": "فرنسا"
    }
  },
  {
    "iso3": "DEU",
    "iso2": "DE",
    "numeric": "276",
    "region": "europe",
    "names": {
      "en": "Germany",
      "fr": "Allemagne",
      "es": "Alemania",
      "ru": "Германия",
      "zh": "德国",
      "ar": "ألمانيا"
    }
  },
  {
    "iso3": "GRC",
    "iso2": "GR",
    "numeric": "300",
    "region": "europe",
    "names": {
      "en": "Greece",
      "fr": "Grèce",
      "es": "Grecia",
      "ru": "Греция",
      "zh": "希腊",
      "ar": "اليونان"
    }
  },
  {
    "iso3": "HUN",
    "iso2": "HU",
    "numeric": "348",
    "region": "europe",
    "names": {
      "en": "Hungary",
      "fr": "Hongrie",
      "es": "Hungría",
      "ru": "Венгрия",
      "zh": "匈牙利",
      "ar": "المجر"
    }
  },
  {
    "iso3": "ISL",
    "iso2": "IS",
    "numeric": "352",
    "region": "europe",
    "names": {
      "en": "Iceland",
      "fr": "Islande",
      "es": "Islandia",
      "ru": "Исландия",
      "zh": "冰岛",
      "ar": "آيسلندا"
    }
  },
  {
    "iso3": "IRL",
    "iso2": "IE",
    "numeric": "372",
    "region": "europe",
    "names": {
      "en": "Ireland",
      "fr": "Irlande",
      "es": "Irlanda",
      "ru": "Ирландия",
      "zh": "爱尔兰",
      "ar": "أيرلندا"
    }
  },
  {
    "iso3": "ISR",
    "iso2": "IL",
    "numeric": "376",
    "region": "europe",
    "names": {
      "en": "Israel",
      "fr": "Israël",
      "es": "Israel",
      "ru": "Израиль",
      "zh": "以色列",
      "ar": "إسرائيل"
    }
  },
  {
    "iso3": "ITA",
    "iso2": "IT",
    "numeric": "380",
    "region": "europe",
    "names": {
      "en": "Italy",
      "fr": "Italie",
      "es": "Italia",
      "ru": "Италия",
      "zh": "意大利",
      "ar": "إيطاليا"
    }
  },
  {
    "iso3": "LVA",
    "iso2": "LV",
    "numeric": "428",
    "region": "europe",
    "names": {
      "en": "Latvia",
      "fr": "Lettonie",
      "es": "Letonia",
      "ru": "Латвия",
      "zh": "拉脱维亚",
      "ar": "لاتفيا"
    }
  },
  {
    "iso3": "LIE",
    "iso2": "LI",
    "numeric": "438",
    "region": "europe",
    "names": {
      "en": "Liechtenstein",
      "fr": "Liechtenstein",
      "es": "Liechtenstein",
      "ru": "Лихтенштейн",
      "zh": "列支敦士登",
      "ar": "ليختنشتاين"
    }
  },
  {
    "iso3": "LTU",
    "iso2": "LT",
    "numeric": "440",
    "region": "europe",
    "names": {
      "en": "Lithuania",
      "fr": "Lituanie",
      "es": "Lituania",
      "ru": "Литва",
      "zh": "立陶宛",
      "ar": "ليتوانيا"
    }
  },
  {
    "iso3": "LUX",
    "iso2": "LU",
    "numeric": "442",
    "region": "europe",
    "names": {
      "en": "Luxembourg",
      "fr": "Luxembourg",
      "es": "Luxemburgo",
      "ru": "Люксембург",
      "zh": "卢森堡",
      "ar": "لوكسمبورغ"
    }
  },
  {
    "iso3": "MLT",
    "iso2": "MT",
    "numeric": "470",
    "region": "europe",
    "names": {
      "en": "Malta",
      "fr": "Malte",
      "es": "Malta",
      "ru": "Мальта",
      "zh": "马耳他",
      "ar": "مالطا"
    }
  },
  {
    "iso3": "MCO",
    "iso2": "MC",
    "numeric": "492",
    "region": "europe",
    "names": {
      "en": "Monaco",
      "fr": "Monaco",
      "es": "Mónaco",
      "ru": "Монако",
      "zh": "摩纳哥",
      "ar": "موناكو"
    }
  },
  {
    "iso3": "MNE",
    "iso2": "ME",
    "numeric": "499",
    "region": "europe",
    "names": {
      "en": "Montenegro",
      "fr": "Monténégro",
      "es": "Montenegro",
      "ru": "Черногория",
      "zh": "黑山",
      "ar": "الجبل الأسود"
    }
  },
  {
    "iso3": "NLD",
    "iso2": "NL",
    "numeric": "528",
    "region": "europe",
    "names": {
      "en": "Netherlands",
      "fr": "Pays-Bas",
      "es": "Países Bajos",
      "ru": "Нидерланды",
      "zh": "荷兰",
      "ar": "هولندا"
    }
  },
  {
    "iso3": "MKD",
    "iso2": "MK",
    "numeric": "807",
    "region": "europe",
    "names": {
      "en": "The Republic of North Macedonia",
      "fr": "Macédoine du Nord",
      "es": "Macedonia del Norte",
      "ru": "Северная Македония",
      "zh": "北马其顿",
      "ar": "مقدونيا الشمالية"
    }
  },
  {
    "iso3": "NOR",
    "iso2": "NO",
    "numeric": "578",
    "region": "europe",
    "names": {
      "en": "Norway",
      "fr": "Norvège",
      "es": "Noruega",
      "ru": "Норвегия",
      "zh": "挪威",
      "ar": "النرويج"
    }
  },
  {
    "iso3": "POL",
    "iso2": "PL",
    "numeric": "616",
    "region": "europe",
    "names": {
      "en": "Poland",
      "fr": "Pologne",
      "es": "Polonia",
      "ru": "Польша",
      "zh": "波兰",
      "ar": "بولندا"
    }
  },
  {
    "iso3": "PRT",
    "iso2": "PT",
    "numeric": "620",
    "region": "europe",
    "names": {
      "en": "Portugal",
      "fr": "Portugal",
      "es": "Portugal",
      "ru": "Португалия",
      "zh": "葡萄牙",
      "ar": "البرتغال"
    }
  },
  {
    "iso3": "ROU",
    "iso2": "RO",
    "numeric": "642",
    "region": "europe",
    "names": {
      "en": "Romania",
      "fr": "Roumanie",
      "es": "Rumanía",
      "ru": "Румыния",
      "zh": "罗马尼亚",
      "ar": "رومانيا"
    }
  },
  {
    "iso3": "SMR",
    "iso2": "SM",
    "numeric": "674",
    "region": "europe",
    "names": {
      "en": "San Marino",
      "fr": "Saint-Marin",
      "es": "San Marino",
      "ru": "Сан-Марино",
      "zh": "圣马力诺",
      "ar": "سان مارينو"
    }
  },
  {
    "iso3": "SRB",
    "iso2": "RS",
    "numeric": "688",
    "region": "europe",
    "names": {
      "en": "Serbia",
      "fr": "Serbie",
      "es": "Serbia",
      "ru": "Сербия",
      "zh": "塞尔维亚",
      "ar": "صربيا"
    }
  },
  {
    "iso3": "SVK",
    "iso2": "SK",
    "numeric": "703",
    "region": "europe",
    "names": {
      "en": "Slovakia",
      "fr": "Slovaquie",
      "es": "Eslovaquia",
      "ru": "Словакия",
      "zh": "斯洛伐克",
      "ar": "سلوفاكيا"
    }
  },
  {
    "iso3": "SVN",
    "iso2": "SI",
    "numeric": "705",
    "region": "europe",
    "names": {
      "en": "Slovenia",
      "fr": "Slovénie",
      "es": "Eslovenia",
      "ru": "Словения",
      "zh": "斯洛文尼亚",
      "ar": "سلوفينيا"
    }
  },
  {
    "iso3": "ESP",
    "iso2": "ES",
    "numeric": "724",
    "region": "europe",
    "names": {
      "en": "Spain",
      "fr": "Espagne",
      "es": "España",
      "ru": "Испания",
      "zh": "西班牙",
      "ar": "إسبانيا"
    }
  },
  {
    "iso3": "SWE",
    "iso2": "SE",
    "numeric": "752",
    "region": "europe",
    "names": {
      "en": "Sweden",
      "fr": "Suède",
      "es": "Suecia",
      "ru": "Швеция",
      "zh": "瑞典",
      "ar": "السويد"
    }
  },
  {
    "iso3": "CHE",
    "iso2": "CH",
    "numeric": "756",
    "region": "europe",
    "names": {
      "en": "Switzerland",
      "fr": "Suisse",
      "es": "Suiza",
      "ru": "Швейцария",
      "zh": "瑞士",
      "ar": "سويسرا"
    }
  },
  {
    "iso3": "TUR",
    "iso2": "TR",
    "numeric": "792",
    "region": "europe",
    "names": {
      "en": "Türkiye",
      "fr": "Turquie",
      "es": "Turquía",
      "ru": "Турция",
      "zh": "土耳其",
      "ar": "تركيا"
    }
  },
  {
    "iso3": "GBR",
    "iso2": "GB",
    "numeric": "826",
    "region": "europe",
    "names": {
      "en": "United Kingdom",
      "fr": "Royaume-Uni",
      "es": "Reino Unido",
      "ru": "Великобритания",
      "zh": "英国",
      "ar": "المملكة المتحدة"
    }
  },
  {
    "iso3": "VAT",
    "iso2": "VA",
    "numeric": "336",
    "region": "europe",
    "names": {
      "en": "Holy See (Vatican City State)",
      "fr": "Saint-Siège (Vatican)",
      "es": "Santa Sede",
      "ru": "Ватикан",
      "zh": "梵蒂冈",
      "ar": "الفاتيكان"
    }
  },
  {
    "iso3": "GEO",
    "iso2": "GE",
    "numeric": "268",
    "region": "europe",
    "names": {
      "en": "Georgia",
      "fr": "Géorgie",
      "es": "Georgia",
      "ru": "Грузия",
      "zh": "格鲁吉亚",
      "ar": "جورجيا"
    },
    "note": "placed in europe; ITU-D sources also list it with the CIS region"
  },
  {
    "iso3": "MDA",
    "iso2": "MD",
    "numeric": "498",
    "region": "europe",
    "names": {
      "en": "Moldova, Republic of",
      "fr": "Moldavie",
      "es": "Moldavia",
      "ru": "Молдавия",
      "zh": "摩尔多瓦",
      "ar": "مولدوفا"
    },
    "note": "placed in europe; ITU-D sources also list it with the CIS region"
  },
  {
    "iso3": "UKR",
    "iso2": "UA",
    "numeric": "804",
    "region": "europe",
    "names": {
      "en": "Ukraine",
      "fr": "Ukraine",
      "es": "Ucrania",
      "ru": "Украина",
      "zh": "乌克兰",
      "ar": "أوكرانيا"
    },
    "note": "placed in europe; ITU-D sources also list it with the CIS region"
  }
];

"""Hand-written person names for pack_i (no library, no list copied from another set).

Each tradition: (phone country, order, male given names, female given names, surnames).
order: "gf" given-first, "fg" family-first (Hungarian, Vietnamese), "mix" either (romanised CJK).
A surname "A~B" has a masculine and a feminine form.
"""

from __future__ import annotations

import unicodedata

TRADITIONS: dict[str, tuple[str, str, str, str, str]] = {
    "us": ("US", "gf",
           "James,Robert,Michael,William,David,Joseph,Thomas,Daniel,Matthew,Anthony,Kevin,Travis,Dustin,Cody,Wyatt,Colton",
           "Mary,Patricia,Jennifer,Linda,Elizabeth,Barbara,Susan,Jessica,Sarah,Karen,Ashley,Brittany,Kayla,Shelby,Brooke",
           "Smith,Johnson,Williams,Brown,Jones,Davis,Wilson,Anderson,Thompson,Harris,Clark,Lewis,Walker,Allen,Nelson,"
           "Carter,Mitchell,Roberts,Phillips,Parker,Collins,Stewart,Morris,Peterson,Schroeder,Hendricks,Lindgren"),
    "ca": ("CA", "gf", "Brayden,Connor,Gaétan,Marc-André,Landon", "Chantal,Geneviève,Madison,Brianna,Josée",
           "Tremblay,Gagnon,Bouchard,Côté,Gauthier,Friesen,Wiebe,Penner,Klassen"),
    "uk": ("UK", "gf", "Oliver,Harry,George,Alfie,Callum,Rhys,Owen,Nigel", "Olivia,Amelia,Isla,Poppy,Imogen,Harriet,Gemma",
           "Taylor,Hughes,Edwards,Robinson,Thornton,Ashworth,Pemberton,Blackwood,Whitfield"),
    "ie": ("IE", "gf", "Seán,Ciarán,Pádraig,Eoin,Cathal,Darragh", "Aoife,Siobhán,Niamh,Saoirse,Róisín,Orla",
           "O'Brien,O'Sullivan,Ó Murchú,Murphy,McCarthy,Gallagher,Doherty,Fitzgerald,O'Connell"),
    "sco": ("UK", "gf", "Alasdair,Hamish,Euan,Ruaridh", "Mhairi,Kirsty,Eilidh,Catriona",
            "MacDonald,MacLeod,Mackenzie,Campbell,Fraser,McIntyre,Sinclair,Buchanan"),
    "cy": ("UK", "gf", "Dafydd,Gareth,Iwan", "Ffion,Cerys,Angharad", "Llewellyn,Pryce,Vaughan,Griffiths,ap Rhys"),
    "de": ("DE", "gf", "Jürgen,Lukas,Matthias,Klaus-Peter,Stefan,Wolfgang,Maximilian,Jörg",
           "Ursula,Katrin,Anneliese,Sabine,Lena,Brigitte,Hannelore,Friederike",
           "Müller,Schneider,Becker,Hoffmann,Schäfer,Krüger,Weißmann,von Bülow,Zimmermann,Hartmann,Schulze-Eggert,"
           "zu Eltz"),
    "nl": ("NL", "gf", "Joost,Pieter,Sander,Bram,Maarten,Thijs", "Femke,Marloes,Anouk,Lieke,Sanne,Ilse",
           "de Vries,van der Berg,van Dijk,Bakker,Visser,Jansen,de Jong,van den Heuvel,Smit,ter Horst,Mulder"),
    "fr": ("FR", "gf", "Étienne,Jean-Luc,Mathieu,Benoît,Théo,Rémi", "Sandrine,Élodie,Margaux,Camille,Anaïs,Hélène",
           "Dubois,Lefèvre,Moreau,Girard,Rousseau,Fontaine,Chevalier,Le Gall,de la Roche,Mercier"),
    "es": ("ES", "gf", "Javier,Alejandro,Íñigo,Sergio,Álvaro,Joaquín", "Lucía,Carmen,Nuria,Begoña,Pilar,Ainhoa",
           "García López,Fernández,Martínez,Sánchez,Ruiz,Jiménez,de la Fuente,Gómez Ortega,Navarro,Domínguez"),
    "mx": ("MX", "gf", "José Luis,Juan Carlos,Jesús,Fernando,Ricardo,Arturo",
           "Guadalupe,María José,Ximena,Alejandra,Rocío,Yesenia",
           "Hernández,González,Ramírez,Flores,Morales,Vázquez,Castillo,Ortiz,Reyes,Mendoza"),
    "and": ("PE", "gf", "Wilber,Eusebio,Teófilo,Rubén,Edwin", "Yolanda,Marisol,Nélida,Sonia",
            "Mamani,Quispe,Huamán,Condori,Choque,Apaza,Ccori"),
    "pt": ("PT", "gf", "João,Tiago,Rui,Nuno,Duarte", "Inês,Mariana,Beatriz,Leonor,Rita",
           "Silva,Santos,Ferreira,Pereira,dos Santos,Magalhães,Gonçalves,Rodrigues,da Costa"),
    "br": ("BR", "gf", "Thiago,Rodrigo,Luiz Fernando,Gustavo,Vinícius,Caio", "Fernanda,Juliana,Luana,Thaís,Gabriela,Priscila",
           "Oliveira,Souza,Lima,Carvalho,Almeida,Ribeiro,Araújo,Barbosa,Nascimento,Cavalcanti"),
    "it": ("IT", "gf", "Giuseppe,Lorenzo,Francesco,Matteo,Alessandro,Davide", "Giulia,Chiara,Francesca,Federica,Alessia,Valentina",
           "Rossi,Russo,Bianchi,Romano,Colombo,Esposito,Ricci,Marino,Greco,D'Angelo,De Luca,Lombardi"),
    "pl": ("PL", "gf", "Krzysztof,Paweł,Tomasz,Grzegorz,Łukasz", "Agnieszka,Małgorzata,Katarzyna,Joanna,Zofia",
           "Kowalski~Kowalska,Wiśniewski~Wiśniewska,Nowak,Wójcik,Kamiński~Kamińska,Lewandowski~Lewandowska,"
           "Zieliński~Zielińska,Szymański~Szymańska"),
    "cz": ("CZ", "gf", "Jiří,Petr,Tomáš,Ondřej", "Jana,Petra,Lucie,Markéta",
           "Novák~Nováková,Svoboda~Svobodová,Dvořák~Dvořáková,Černý~Černá,Procházka~Procházková,Kučera~Kučerová"),
    "ru": ("RU", "gf", "Dmitry,Sergei,Alexei,Mikhail,Nikolai", "Olga,Natalia,Tatiana,Yekaterina,Svetlana",
           "Ivanov~Ivanova,Smirnov~Smirnova,Kuznetsov~Kuznetsova,Popov~Popova,Sokolov~Sokolova,Volkov~Volkova"),
    "ua": ("UA", "gf", "Oleksandr,Andriy,Bohdan,Taras,Mykola", "Oksana,Iryna,Halyna,Nataliya,Yuliia",
           "Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchuk,Melnyk,Boyko,Hnatyuk"),
    "hu": ("HU", "fg", "Bence,Levente,Zoltán,Gábor,Attila", "Zsófia,Réka,Katalin,Eszter,Ildikó",
           "Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Farkas"),
    "ro": ("RO", "gf", "Andrei,Mihai,Ionuț,Bogdan,Cătălin", "Ioana,Andreea,Mihaela,Alina,Roxana",
           "Popescu,Ionescu,Dumitrescu,Gheorghiu,Constantinescu,Munteanu,Țurcanu"),
    "gr": ("GR", "gf", "Giorgos,Dimitris,Konstantinos,Nikos,Yannis", "Eleni,Katerina,Despina,Vasiliki,Sofia",
           "Papadopoulos~Papadopoulou,Nikolaidis~Nikolaidou,Georgiou,Christodoulou,Karagiannis~Karagianni"),
    "nord": ("SE", "gf", "Lars,Anders,Magnus,Henrik,Sigurd,Bjørn", "Ingrid,Astrid,Sigrid,Linnéa,Marit,Solveig",
             "Johansson,Lindqvist,Andersson,Håkansson,Nilsen,Haugen,Solberg,Berglund,Sørensen,Østergaard"),
    "fi": ("FI", "gf", "Juha,Mikko,Antti,Jukka", "Aino,Sanna,Päivi,Tuulikki",
           "Virtanen,Korhonen,Mäkinen,Nieminen,Hämäläinen,Heikkinen,Järvinen"),
    "is": ("IS", "gf", "Guðmundur,Sigurður,Jón", "Guðrún,Sigríður,Katrín",
           "Jónsson~Jónsdóttir,Sigurðsson~Sigurðardóttir,Gunnarsson~Gunnarsdóttir"),
    "tr": ("TR", "gf", "Mehmet,Mustafa,Emre,Burak,Oğuz", "Ayşe,Elif,Zeynep,Gülşen,Şebnem",
           "Yılmaz,Kaya,Demir,Şahin,Çelik,Öztürk,Aydın,Arslan"),
    "ar": ("AE", "gf", "Mohammed,Ahmad,Khaled,Omar,Youssef,Tariq,Hamza", "Fatima,Layla,Noor,Mariam,Huda,Rania,Salma",
           "Al-Hashimi,Haddad,Khoury,Al-Mansour,El-Sayed,Nasser,Al-Qahtani,Bouzid,Benali,Saleh"),
    "fa": ("IR", "gf", "Reza,Dariush,Kaveh,Mehdi", "Shirin,Parisa,Niloufar,Maryam",
           "Hosseini,Tehrani,Moradi,Rahimi,Jafari,Karimi,Ahmadi"),
    "he": ("IL", "gf", "Yosef,Avraham,Itai,Noam", "Tamar,Noa,Yael,Shira",
           "Cohen,Levi,Mizrahi,Friedman,Ben-David,Peretz,Shapiro"),
    "hi": ("IN", "gf", "Rajesh,Amit,Sanjay,Vikram,Arjun,Rohit", "Priya,Sunita,Anjali,Kavita,Neha,Pooja",
           "Sharma,Verma,Gupta,Patel,Yadav,Chauhan,Mishra,Deshmukh,Kulkarni"),
    "ta": ("IN", "gf", "Karthik,Senthil,Venkatesh,Murugan", "Lakshmi,Meenakshi,Divya,Revathi",
           "Subramanian,Ramasamy,Krishnan,Iyer,Venkataraman,Pillai,Reddy,Naidu"),
    "bn": ("BD", "gf", "Sourav,Arnab,Tanvir,Rafiq", "Moumita,Sharmila,Nusrat,Tahmina",
           "Chatterjee,Banerjee,Mukherjee,Das,Chowdhury,Rahman,Hossain"),
    "pa": ("IN", "gf", "Gurpreet,Harjit,Manpreet,Jaswinder,Balwinder", "Harpreet,Simran,Navneet,Kulwinder",
           "Sandhu,Gill,Dhillon,Grewal,Sidhu,Brar"),
    "pk": ("PK", "gf", "Imran,Faisal,Usman,Bilal", "Ayesha,Sana,Hina,Mehwish", "Khan,Qureshi,Malik,Siddiqui,Chaudhry,Mirza"),
    "np": ("NP", "gf", "Bishnu,Prakash,Suman", "Sabina,Anju,Pramila", "Shrestha,Gurung,Tamang,Thapa,Adhikari"),
    "lk": ("LK", "gf", "Chaminda,Nuwan,Kasun", "Dilani,Chathurika,Ishara",
           "Perera,Jayasuriya,Wickramasinghe,Bandara,Gunawardena"),
    "zh": ("CN", "mix", "Wei,Jun,Hao,Zhiwei,Jianguo,Yong", "Fang,Xiuying,Lina,Mei,Xiaoyan,Jing",
           "Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Zhou,Wu,Xu"),
    "hk": ("HK", "gf", "Chi Keung,Wing Hong,Kwok Leung", "Mei Ling,Wai Man,Suk Yee", "Chan,Wong,Leung,Cheung,Lau,Tsang,Yip"),
    "ja": ("JP", "mix", "Hiroshi,Takeshi,Kenji,Daisuke,Shota,Haruto", "Yuki,Aiko,Haruka,Misaki,Yui,Sakura",
           "Sato,Suzuki,Takahashi,Tanaka,Watanabe,Yamamoto,Nakamura,Kobayashi,Matsumoto"),
    "ko": ("KR", "mix", "Min-jun,Seo-jun,Ji-ho,Dong-hyun,Sung-min", "Seo-yeon,Ji-woo,Min-seo,Ha-eun,Soo-jin",
           "Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang"),
    "vi": ("VN", "fg", "Văn Minh,Quốc Hùng,Đức Anh,Thanh Tùng", "Thị Lan,Ngọc Ánh,Thu Hà,Minh Châu",
           "Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Võ,Đặng"),
    "ph": ("PH", "gf", "Rommel,Jericho,Mark Anthony,Rodel", "Maricel,Jocelyn,Lorna,Kristine",
           "dela Cruz,Bautista,Villanueva,Mercado,Macaraeg,Dimaculangan,Manalo"),
    "id": ("ID", "gf", "Budi,Agus,Eko,Dwi", "Siti,Dewi,Sri,Ratna", "Santoso,Wijaya,Setiawan,Kusuma,Hidayat,Nugroho,Saputra"),
    "my": ("MY", "gf", "Ahmad,Muhammad Faiz,Azlan,Hafiz", "Nurul Aina,Siti Aisyah,Farah,Aminah",
           "bin Abdullah~binti Abdullah,bin Osman~binti Osman,bin Yusof~binti Yusof,bin Hassan~binti Hassan"),
    "th": ("TH", "gf", "Somchai,Anan,Prasert,Thanawat", "Siriporn,Kanokwan,Pimchanok,Wannisa",
           "Srisuk,Chaiyaporn,Wongsakul,Rattanakorn,Thongchai,Saetang,Boonmee"),
    "yo": ("NG", "gf", "Oluwaseun,Babatunde,Ayodele,Olumide,Adewale", "Funmilayo,Titilayo,Yetunde,Omolara",
           "Adeyemi,Ogunleye,Adebayo,Oyelaran,Akinwale,Balogun"),
    "ig": ("NG", "gf", "Chinedu,Emeka,Obinna,Ikenna", "Ngozi,Chiamaka,Adaeze,Nneka",
           "Okafor,Eze,Nwosu,Okonkwo,Nwachukwu,Uzor"),
    "ha": ("NG", "gf", "Abubakar,Musa,Sani,Aminu", "Hauwa,Zainab,Hadiza,Rahama", "Bello,Danjuma,Abdullahi,Garba,Yakubu"),
    "ak": ("GH", "gf", "Kwame,Kofi,Kwabena,Yaw", "Akosua,Ama,Abena,Efua", "Mensah,Asante,Boateng,Owusu,Ofori,Appiah,Osei"),
    "ke": ("KE", "gf", "Baraka,Juma,Kipchoge,Otieno", "Wanjiru,Achieng,Njeri,Zawadi",
           "Mwangi,Ochieng,Kamau,Kiprono,Wafula,Njoroge,Odhiambo"),
    "et": ("ET", "gf", "Abebe,Tesfaye,Dawit,Yohannes", "Tigist,Meseret,Hirut,Selamawit",
           "Bekele,Tadesse,Girma,Haile,Alemu,Worku,Gebremedhin"),
    "za": ("ZA", "gf", "Sipho,Thabo,Bongani,Lwazi,Riaan,Francois", "Nomvula,Thandeka,Lerato,Zanele,Annelie,Elmarie",
           "Dlamini,Nkosi,Mthembu,Ndlovu,Khumalo,Mokoena,Botha,van Wyk,du Plessis,Pretorius,van der Merwe"),
    "pac": ("NZ", "gf", "Tane,Wiremu,Sione,Tevita,Manaia", "Aroha,Mere,Losana,Ana,Leilani",
            "Ngata,Te Whiu,Parata,Tuilagi,Fonoti,Taufa,Fifita,Leota"),
    "cau": ("GE", "gf", "Levan,Giorgi,Aram,Tigran", "Nino,Anahit,Lusine,Ketevan",
            "Beridze,Kapanadze,Gelashvili,Petrosyan,Hovhannisyan,Sargsyan"),
    "ca_as": ("KZ", "gf", "Nurlan,Yerlan,Timur,Rustam", "Aigerim,Dilnoza,Gulnara,Madina",
              "Abdullaev~Abdullaeva,Karimov~Karimova,Rakhimov~Rakhimova,Yusupov~Yusupova,Seitkali"),
    "yu": ("RS", "gf", "Nikola,Marko,Dragan,Goran", "Jelena,Milica,Ivana,Snežana",
           "Jovanović,Petrović,Nikolić,Marković,Đorđević,Horvat,Kovačević"),
}

# (tradition, gender, romanised given, romanised family, native given, native family)
NATIVE: list[tuple[str, str, str, str, str, str]] = [
    ("ja", "f", "Hanako", "Sato", "花子", "佐藤"), ("ja", "m", "Kenji", "Suzuki", "健二", "鈴木"),
    ("ja", "f", "Misaki", "Takahashi", "美咲", "高橋"), ("ja", "m", "Shota", "Tanaka", "翔太", "田中"),
    ("zh", "f", "Fang", "Wang", "芳", "王"), ("zh", "m", "Wei", "Li", "伟", "李"),
    ("zh", "f", "Min", "Zhang", "敏", "张"), ("zh", "f", "Jing", "Chen", "静", "陈"),
    ("ko", "m", "Min-jun", "Kim", "민준", "김"), ("ko", "f", "Seo-yeon", "Park", "서연", "박"),
    ("ko", "m", "Ji-ho", "Lee", "지호", "이"),
    ("ru", "m", "Dmitry", "Ivanov", "Дмитрий", "Иванов"), ("ru", "f", "Olga", "Smirnova", "Ольга", "Смирнова"),
    ("ru", "m", "Sergei", "Kuznetsov", "Сергей", "Кузнецов"),
    ("ua", "f", "Oksana", "Shevchenko", "Оксана", "Шевченко"), ("ua", "m", "Taras", "Bondarenko", "Тарас", "Бондаренко"),
    ("gr", "m", "Giorgos", "Papadopoulos", "Γιώργος", "Παπαδόπουλος"), ("gr", "f", "Eleni", "Georgiou", "Ελένη", "Γεωργίου"),
    ("ar", "m", "Mohammed", "Haddad", "محمد", "حداد"), ("ar", "f", "Fatima", "Nasser", "فاطمة", "ناصر"),
    ("ar", "m", "Khaled", "Saleh", "خالد", "صالح"),
    ("fa", "m", "Reza", "Hosseini", "رضا", "حسینی"), ("fa", "f", "Maryam", "Karimi", "مریم", "کریمی"),
    ("he", "f", "Noa", "Cohen", "נועה", "כהן"), ("he", "m", "Yosef", "Levi", "יוסף", "לוי"),
    ("hi", "m", "Rajesh", "Sharma", "राजेश", "शर्मा"), ("hi", "f", "Priya", "Verma", "प्रिया", "वर्मा"),
    ("bn", "m", "Sourav", "Das", "সৌরভ", "দাস"),
    ("ta", "m", "Karthik", "Subramanian", "கார்த்திக்", "சுப்பிரமணியன்"),
    ("ta", "f", "Lakshmi", "Krishnan", "லக்ஷ்மி", "கிருஷ்ணன்"),
    ("th", "m", "Somchai", "Srisuk", "สมชาย", "ศรีสุข"), ("th", "f", "Kanokwan", "Boonmee", "กนกวรรณ", "บุญมี"),
    ("et", "m", "Abebe", "Bekele", "አበበ", "በቀለ"), ("cau", "m", "Levan", "Beridze", "ლევან", "ბერიძე"),
    ("cau", "m", "Tigran", "Petrosyan", "Տիգրան", "Պետրոսյան"), ("yu", "m", "Nikola", "Jovanović", "Никола", "Јовановић"),
    ("yu", "m", "Ivan", "Petrov", "Иван", "Петров"), ("ca_as", "f", "Aigerim", "Seitkali", "Айгерім", "Сейтқали"),
    ("pa", "m", "Gurpreet", "Sandhu", "ਗੁਰਪ੍ਰੀਤ", "ਸੰਧੂ"),
]
CJK = {"ja", "zh", "ko"}

PARTICLES = {"van", "der", "den", "de", "la", "del", "da", "dos", "von", "zu", "ter", "le", "du", "bin", "binti",
             "al", "el", "ap", "te", "dela", "ó"}

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
         "Ð": "D", "þ": "th", "ı": "i", "œ": "oe"}


def fold(s: str) -> str:
    """ASCII-fold a Latin-script name (accounts, e-mail local parts, upper-case ticket printers)."""
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


def lists() -> tuple[set[str], set[str]]:
    given, fam = set(), set()
    for _cc, _o, m, f, s in TRADITIONS.values():
        given.update(_split(m) + _split(f))
        for x in _split(s):
            fam.update(x.split("~"))
    for _t, _g, gr, fr, _gn, _fn in NATIVE:
        given.add(gr)
        fam.add(fr)
    return given, fam


class Person:
    def __init__(self, trad: str, gender: str, given: str, family: str, native: tuple[str, str] | None,
                 family_first: bool) -> None:
        self.trad, self.gender, self.given, self.family = trad, gender, given, family
        self.native = native
        self.ff = family_first
        self.cc = TRADITIONS[trad][0]

    # --- written forms -------------------------------------------------------------------------------
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.ff else f"{self.given} {self.family}"

    def western(self) -> str:
        return f"{self.given} {self.family}"

    def lf(self) -> str:
        return f"{self.family}, {self.given}"

    def caps(self) -> str:
        return fold(self.full()).upper()

    def caps_lf(self, comma: str = ", ") -> str:
        return fold(self.family).upper() + comma + fold(self.given).upper()

    def slash(self) -> str:
        return fold(self.family).upper().replace(" ", "") + "/" + fold(self.given).upper().replace(" ", "")

    def nat(self) -> str | None:
        if not self.native:
            return None
        g, f = self.native
        return f + g if self.trad in CJK else f"{g} {f}"

    def any(self, r, native_p: float = 0.35) -> str:
        """A display form: native script when the person has one (sometimes), else a common form."""
        if self.native and r.random() < native_p:
            return self.nat()
        return self.full() if r.random() < 0.8 else self.lf()

    # --- derived -------------------------------------------------------------------------------------
    def _parts(self) -> tuple[str, str]:
        g = fold(self.given).lower().replace("'", "")
        fam_words = [w for w in fold(self.family).lower().replace("'", "").split() if w not in ("bin", "binti")]
        return g.replace(" ", "").replace("-", ""), "".join(fam_words).replace("-", "")

    def acct(self, r, style: str | None = None, digits: float = 0.25) -> str:
        g, f = self._parts()
        style = style or r.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last",
                                   "last.first", "flast", "first.last"])
        a = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
             "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}",
             "first": g}[style]
        if r.random() < digits:
            a += str(r.choice([1, 2, 3, 7, 11, 22, 42, 77, 84, 99, 2019]))
        return a

    def email(self, r, domain: str | None = None) -> str:
        local = self.acct(r, r.choice(["first.last", "first.last", "flast", "firstlast", "first_last", "firstl",
                                       "first"]), digits=0.2)
        return f"{local}@{domain or r.choice(EMAIL_DOMAINS)}"

    def tokens(self) -> list[str]:
        """Name words for the leak check (particles and one-letter words left out)."""
        words: list[str] = []
        for part in (self.given, self.family, *(self.native or ())):
            for w in part.replace("-", " ").split() + ([part] if "-" in part or " " in part else []):
                if w.lower() not in PARTICLES and len(w) > 1:
                    words.append(w)
        if self.native and self.trad in CJK:
            words.append(self.nat() or "")
        out: list[str] = []
        for w in words:
            for v in (w, fold(w), w.replace("'", "")):
                if v and v not in out:
                    out.append(v)
        return out


EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "farmmail.example",
                 "prairie-coop.example", "agri.example.net", "post.example.de", "correo.example.mx",
                 "uk.example.com", "webmail.example.fr", "br.example.net"]

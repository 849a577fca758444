"""Hand-written person-name lists for pack_g (no package, no list copied from another set).

Each tradition: male given names, female given names and surnames, separated by ';'. A surname written
'm/f' has a gendered form (the second one goes with a female given name). `order` is 'gf' (given first),
'fg' (family first, native) or 'mix' (romanised East Asian names: family first half of the time).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# (tradition, region, order, male given, female given, surnames)
TRADITIONS = [
    ("english_us", "North America", "gf", "James;Michael;Robert;Tyler;Brandon;Dwayne;Marcus;Cody",
     "Jennifer;Ashley;Brittany;Latoya;Megan;Heather;Kayla;Crystal",
     "Johnson;Williams;Brown;Miller;Davis;Thompson;Whitaker;Robinson;Coleman;Jenkins"),
    ("english_uk", "Europe", "gf", "Oliver;Harry;George;Callum;Alfie;Nigel", "Amelia;Charlotte;Poppy;Sophie;Imogen;Gemma",
     "Smith;Taylor;Wright;Hughes;Barker;Pemberton;Ashworth;Fairbairn"),
    ("irish", "Europe", "gf", "Seán;Cian;Oisín;Darragh;Pádraig;Eoin", "Aoife;Siobhán;Niamh;Caoimhe;Róisín;Clodagh",
     "O'Sullivan;Ó Briain/Ní Bhriain;McCarthy;O'Connor;Fitzgerald;Kavanagh;Ó Súilleabháin/Ní Shúilleabháin;Donnelly"),
    ("scottish", "Europe", "gf", "Hamish;Angus;Euan;Fraser;Lachlan", "Iona;Eilidh;Morag;Kirsty;Isla",
     "MacLeod;MacDonald;Mackenzie;Campbell;Fergusson;Drummond;MacGregor;Buchanan"),
    ("welsh", "Europe", "gf", "Dafydd;Gethin;Iwan;Rhodri;Emyr", "Angharad;Cerys;Ffion;Gwenllian;Nia",
     "Llewellyn;ap Rhys;Pritchard;Vaughan;Prosser;Bevan;Gruffydd;Parry"),
    ("french", "Europe", "gf", "Étienne;Mathieu;Benoît;Théo;Julien;Grégoire", "Camille;Élodie;Margaux;Océane;Séverine;Anaïs",
     "Lefèvre;Dubois;Moreau;Girard;de la Fontaine;Le Gall;d'Aubigné;Rousseau;Fournier"),
    ("german", "Europe", "gf", "Lukas;Jörg;Klaus-Peter;Maximilian;Dieter;Fabian", "Anneliese;Jana;Lena;Ursula;Friederike;Katrin",
     "Müller;Schröder;Weißmann;Hoffmann;von Stein;Zimmermann;Köhler;Brandt;zu Löwenstein"),
    ("dutch", "Europe", "gf", "Daan;Sander;Pieter;Joost;Bram;Thijs", "Sanne;Femke;Lotte;Marieke;Anouk;Ilse",
     "van der Berg;de Vries;Bakker;Visser;van 't Hof;Jansen;ter Horst;van den Broek;Smit"),
    ("flemish", "Europe", "gf", "Wout;Jens;Pieterjan;Koen", "Lien;Griet;Katrien;Elke",
     "Peeters;Claes;Vermeulen;De Smet;Van Damme;Goossens;Maes"),
    ("spanish", "Europe", "gf", "Álvaro;Iñigo;Javier;Sergio;Raúl;Adrián", "Lucía;Begoña;Nerea;Inmaculada;Almudena;Irene",
     "Fernández López;Ruiz de la Torre;Sánchez;Iglesias;Ortega Ruiz;Navarro;Muñoz Castillo;Calvo"),
    ("mexican", "Latin America", "gf", "José Luis;Jesús;Alejandro;Ulises;Emiliano", "Guadalupe;Ximena;Itzel;Maricela;Yesenia",
     "Hernández;Ramírez;de la Cruz;Villalobos;Guzmán;Morales;Zúñiga;Treviño"),
    ("portuguese", "Europe", "gf", "João;Tiago;Rui;Gonçalo;Duarte", "Inês;Leonor;Beatriz;Mafalda;Joana",
     "Ferreira;dos Santos;Gonçalves;Sousa;Magalhães;da Costa;Pereira;Carvalho"),
    ("brazilian", "Latin America", "gf", "Thiago;Caio;Leandro;Wellington;Rodrigo", "Thaís;Luana;Raíssa;Gabriela;Juliana",
     "Silva;Oliveira;Souza;Nascimento;Barbosa;Araújo;Cavalcanti;Albuquerque"),
    ("italian", "Europe", "gf", "Giuseppe;Lorenzo;Matteo;Gianluca;Salvatore", "Giulia;Chiara;Francesca;Ilaria;Alessandra",
     "Rossi;Esposito;Bianchi;Romano;De Luca;Colombo;D'Angelo;Ferraro;Marchetti"),
    ("greek", "Europe", "gf", "Giorgos;Dimitris;Konstantinos;Nikos;Stavros", "Eleni;Katerina;Dimitra;Vasiliki;Sofia",
     "Papadopoulos/Papadopoulou;Georgiou;Nikolaidis/Nikolaidou;Karagiannis/Karagianni;Oikonomou;Vlachos/Vlachou;Christodoulou"),
    ("polish", "Europe", "gf", "Krzysztof;Paweł;Tomasz;Grzegorz;Łukasz;Wojciech", "Agnieszka;Małgorzata;Katarzyna;Zofia;Joanna;Ewelina",
     "Kowalski/Kowalska;Wiśniewski/Wiśniewska;Nowak;Lewandowski/Lewandowska;Wójcik;Kamiński/Kamińska;Zieliński/Zielińska;Szymański/Szymańska"),
    ("czech", "Europe", "gf", "Jiří;Tomáš;Ondřej;Vojtěch;Lukáš", "Tereza;Lucie;Kateřina;Markéta;Veronika",
     "Novák/Nováková;Dvořák/Dvořáková;Svoboda/Svobodová;Procházka/Procházková;Černý/Černá;Kučera/Kučerová;Veselý/Veselá"),
    ("ukrainian", "Europe", "gf", "Oleksandr;Taras;Bohdan;Mykola;Andriy", "Oksana;Olena;Iryna;Yulia;Nataliya",
     "Shevchenko;Kovalenko;Bondarenko;Tkachenko;Melnyk;Kravchuk;Hrytsenko;Boyko"),
    ("russian", "Europe", "gf", "Dmitry;Sergei;Alexei;Nikolai;Vladimir", "Anastasia;Ekaterina;Tatiana;Svetlana;Yelena",
     "Ivanov/Ivanova;Smirnov/Smirnova;Kuznetsov/Kuznetsova;Popov/Popova;Sokolov/Sokolova;Volkov/Volkova;Morozov/Morozova;Lebedev/Lebedeva"),
    ("hungarian", "Europe", "fg", "Bence;Levente;Zoltán;Gergely;Attila", "Zsófia;Réka;Eszter;Dóra;Boglárka",
     "Nagy;Kovács;Tóth;Szabó;Horváth;Varga;Farkas;Mészáros;Lakatos"),
    ("romanian", "Europe", "gf", "Andrei;Mihai;Ionuț;Bogdan;Răzvan", "Ioana;Andreea;Mădălina;Roxana;Cristina",
     "Popescu;Ionescu;Dumitrescu;Constantinescu;Stoica;Munteanu;Ștefănescu;Georgescu"),
    ("swedish", "Europe", "gf", "Erik;Lars;Anders;Johan;Björn", "Astrid;Ingrid;Maja;Linnéa;Elsa",
     "Andersson;Johansson;Lindqvist;Bergström;Nyström;Sjöberg;Holmgren;Åkesson"),
    ("norwegian_danish", "Europe", "gf", "Henrik;Magnus;Søren;Rasmus;Torbjørn", "Sigrid;Ingeborg;Mette;Freja;Solveig",
     "Hansen;Jørgensen;Haugen;Kristiansen;Rasmussen;Solberg;Bakke;Mortensen"),
    ("finnish", "Europe", "gf", "Juha;Mikko;Antti;Tuomas;Jukka", "Aino;Sanna;Pirjo;Kaisa;Tuuli",
     "Korhonen;Virtanen;Mäkinen;Nieminen;Heikkinen;Järvinen;Lehtonen;Hämäläinen"),
    ("icelandic", "Europe", "gf", "Gunnar;Sigurður;Einar;Ólafur;Björgvin", "Guðrún;Sigríður;Katrín;Hildur;Brynja",
     "Jónsson/Jónsdóttir;Sigurðsson/Sigurðardóttir;Gunnarsson/Gunnarsdóttir;Magnússon/Magnúsdóttir;Stefánsson/Stefánsdóttir;Helgason/Helgadóttir"),
    ("turkish", "Middle East", "gf", "Mehmet;Emre;Burak;Oğuz;Kaan", "Elif;Zeynep;Ayşe;Gülşen;Merve",
     "Yılmaz;Kaya;Demir;Şahin;Çelik;Öztürk;Aydın;Arslan;Koç"),
    ("arabic_levant", "Middle East", "gf", "Omar;Khaled;Rami;Tariq;Samir", "Rania;Lina;Dalia;Hiba;Nour",
     "Haddad;Khoury;Al-Masri;Nasser;Saleh;Mansour;Abu-Ghazaleh;El-Hage"),
    ("arabic_gulf", "Middle East", "gf", "Abdullah;Faisal;Sultan;Hamad;Saud", "Aisha;Maryam;Noura;Latifa;Hessa",
     "Al-Qahtani;Al-Mansoori;Al-Harbi;bin Rashid/bint Rashid;Al-Zahrani;Al-Shamsi;Al-Dosari;Al-Kaabi"),
    ("maghreb_egypt", "North Africa", "gf", "Mahmoud;Youssef;Karim;Hicham;Mostafa", "Yasmine;Salma;Fatima Zahra;Samira;Amina",
     "El-Sayed;Abdelrahman;Benali;Bouazza;Chraibi;Fathy;El Amrani;Belkacem"),
    ("persian", "Middle East", "gf", "Reza;Dariush;Kourosh;Mehdi;Arash", "Shirin;Parisa;Niloufar;Golnaz;Roya",
     "Hosseini;Rahimi;Tehrani;Mohammadi;Karimi;Jafari;Sadeghi;Farahani"),
    ("hebrew", "Middle East", "gf", "Yossi;Itai;Noam;Avraham;Eitan", "Tamar;Noa;Shira;Yael;Michal",
     "Cohen;Levi;Mizrahi;Friedman;Ben-David;Peretz;Shapiro;Katz"),
    ("hindi", "South Asia", "gf", "Arjun;Rohit;Vikram;Aditya;Sandeep", "Priya;Ananya;Kavita;Sunita;Deepika",
     "Sharma;Verma;Gupta;Agarwal;Chaturvedi;Mishra;Srivastava;Tiwari"),
    ("tamil", "South Asia", "gf", "Karthik;Senthil;Murugan;Arvind;Balaji", "Lakshmi;Meenakshi;Divya;Kaviya;Revathi",
     "Subramanian;Krishnamurthy;Ramasamy;Venkatesan;Annamalai;Natarajan;Raghavan;Palaniappan"),
    ("bengali", "South Asia", "gf", "Sourav;Arnab;Debashis;Rajib;Tanvir", "Moumita;Sharmila;Rituparna;Nusrat;Tahmina",
     "Chatterjee;Banerjee;Mukherjee;Das;Bhattacharya;Chowdhury;Rahman;Sarkar"),
    ("punjabi", "South Asia", "gf", "Gurpreet;Harjit;Manpreet;Jaswinder;Amarjit", "Simranjeet;Harleen;Navneet;Jaspreet;Rupinder",
     "Singh/Kaur;Sandhu;Gill;Dhillon;Grewal;Sidhu;Bains;Randhawa"),
    ("pakistani", "South Asia", "gf", "Imran;Bilal;Usman;Hamza;Zubair", "Ayesha;Sana;Mahnoor;Rabia;Hina",
     "Qureshi;Siddiqui;Chaudhry;Malik;Butt;Javed;Abbasi;Mirza"),
    ("chinese", "East Asia", "mix", "Wei;Jun;Hao;Zhiwei;Yuchen", "Xiaoling;Mei;Yan;Jingyi;Xinyi",
     "Wang;Li;Zhang;Liu;Chen;Huang;Zhao;Zhou;Xu"),
    ("japanese", "East Asia", "mix", "Haruto;Kenji;Takeshi;Daisuke;Shota", "Yui;Aiko;Sakura;Haruka;Misaki",
     "Sato;Suzuki;Takahashi;Watanabe;Yamamoto;Nakamura;Kobayashi;Inoue"),
    ("korean", "East Asia", "mix", "Min-jun;Ji-hoon;Seo-jun;Dong-hyun;Sung-min", "Ji-woo;Seo-yeon;Min-seo;Ha-eun;Eun-ji",
     "Kim;Lee;Park;Choi;Jung;Kang;Yoon;Jang"),
    ("vietnamese", "South-East Asia", "fg", "Văn Hùng;Minh Tuấn;Quốc Bảo;Đức Anh;Thanh Tùng", "Thị Lan;Ngọc Anh;Thu Trang;Thị Hằng;Phương Linh",
     "Nguyễn;Trần;Lê;Phạm;Hoàng;Vũ;Đặng;Bùi;Đỗ"),
    ("filipino", "South-East Asia", "gf", "Arnel;Rodel;Jomar;Renato;Jericho", "Maricel;Rowena;Lorna;Jocelyn;Analyn",
     "dela Cruz;Reyes;Bautista;Mendoza;Villanueva;Macaraeg;Dimaculangan;Santos"),
    ("malay_indonesian", "South-East Asia", "gf", "Agus;Budi;Hafiz;Rizky;Faizal", "Siti;Nurul;Dewi;Intan;Farah",
     "Wijaya;Santoso;Hidayat;Pratama;Kusuma;Halim;bin Ismail/binti Ismail;bin Abdullah/binti Abdullah"),
    ("thai", "South-East Asia", "gf", "Somchai;Anan;Kittisak;Nattapong;Thanawat", "Ploy;Siriporn;Wanida;Kanokwan;Pimchanok",
     "Srisawat;Wongsakul;Chaiyaporn;Rattanakorn;Suwannarat;Boonmee;Jitpraphai"),
    ("yoruba", "West Africa", "gf", "Oluwaseun;Babatunde;Adewale;Olumide;Ayodele", "Folake;Adebola;Temitope;Omolara;Yetunde",
     "Adeyemi;Ogunleye;Adebayo;Olawale;Akinwande;Oyelaran;Balogun"),
    ("igbo", "West Africa", "gf", "Chukwuemeka;Obinna;Ikenna;Chidi;Nnamdi", "Ngozi;Chiamaka;Adaeze;Uchenna;Ifeoma",
     "Okafor;Nwosu;Eze;Okonkwo;Nwachukwu;Okeke;Onyekachi"),
    ("akan", "West Africa", "gf", "Kwame;Kofi;Yaw;Kwabena;Kojo", "Ama;Akosua;Abena;Efua;Adwoa",
     "Mensah;Asante;Owusu;Boateng;Agyeman;Osei;Appiah;Danquah"),
    ("kenyan", "East Africa", "gf", "Baraka;Juma;Omondi;Kiprono;Jabari", "Wanjiru;Achieng;Zawadi;Neema;Chebet",
     "Kamau;Njoroge;Odhiambo;Wafula;Mutua;Kariuki;Wekesa;Mwangi"),
    ("ethiopian", "East Africa", "gf", "Abebe;Tesfaye;Dawit;Yonas;Biruk", "Hirut;Meseret;Selam;Tigist;Bethlehem",
     "Girma;Haile;Bekele;Tadesse;Alemu;Wolde;Kebede;Mengistu"),
    ("somali", "East Africa", "gf", "Abdirahman;Liban;Hassan;Yusuf;Abdiaziz", "Hodan;Ayaan;Farhia;Sahra;Ifrah",
     "Warsame;Jama;Hirsi;Egal;Dualeh;Mohamud;Nur"),
    ("southern_african", "Southern Africa", "gf", "Sipho;Thabo;Mandla;Lwazi;Bongani", "Thandiwe;Nomvula;Zanele;Lerato;Nokuthula",
     "Dlamini;Nkosi;Mthembu;Khumalo;Ndlovu;Mahlangu;Mokoena;Sithole"),
    ("pacific", "Pacific", "gf", "Tane;Wiremu;Sione;Tavita;Rangi", "Aroha;Mere;Losana;Leilani;Mele",
     "Te Rangi;Ngata;Tuilagi;Fifita;Taufa;Leota;Waititi;Tupou"),
    ("andean", "Latin America", "gf", "Wilfredo;Edwin;Percy;Nilo;Ronal", "Rosalía;Yolanda;Nayeli;Killa;Marleni",
     "Quispe;Mamani;Huamán;Condori;Apaza;Choque;Ticona;Ccori"),
    ("haitian", "Caribbean", "gf", "Jean-Baptiste;Wesner;Frantz;Jean-Robert;Ricot", "Marie-Claude;Nadège;Widline;Fabiola;Guerline",
     "Jean-Louis;Pierre-Louis;Desrosiers;Toussaint;Dorvil;Célestin;Exantus"),
    ("jamaican", "Caribbean", "gf", "Delroy;Leroy;Winston;Devon;Kemar", "Shanice;Tanisha;Marcia;Kimone;Jodian",
     "Clarke;Morrison;Bailey;McKenzie;Ebanks;Powell;Thwaites"),
    ("armenian", "Caucasus", "gf", "Aram;Tigran;Hovhannes;Armen;Vahe", "Anahit;Lusine;Nare;Siranush;Gayane",
     "Petrosyan;Hakobyan;Sargsyan;Grigoryan;Avetisyan;Khachatryan;Mkrtchyan"),
    ("georgian", "Caucasus", "gf", "Giorgi;Levan;Davit;Irakli;Zurab", "Nino;Mariam;Ketevan;Salome;Tinatin",
     "Beridze;Kapanadze;Gelashvili;Maisuradze;Tsiklauri;Lomidze;Chkheidze"),
    ("central_asian", "Central Asia", "gf", "Aibek;Timur;Rustam;Dauren;Sanjar", "Aigerim;Dilnoza;Madina;Gulnara;Saule",
     "Abenov/Abenova;Karimov/Karimova;Tokhtarov/Tokhtarova;Yusupov/Yusupova;Seitkali;Zhumabekov/Zhumabekova;Rakhimov/Rakhimova"),
]

# Pairs written in their own scripts: (language, given, family, romanised given, romanised family)
NATIVE = [
    ("ja", "健太", "田中", "Kenta", "Tanaka"), ("ja", "美咲", "佐藤", "Misaki", "Sato"),
    ("ja", "翔太", "鈴木", "Shota", "Suzuki"), ("ja", "由美", "山本", "Yumi", "Yamamoto"),
    ("zh", "伟", "王", "Wei", "Wang"), ("zh", "秀英", "李", "Xiuying", "Li"),
    ("zh", "志强", "张", "Zhiqiang", "Zhang"), ("zh", "晓玲", "陈", "Xiaoling", "Chen"),
    ("ko", "민준", "김", "Minjun", "Kim"), ("ko", "서연", "이", "Seoyeon", "Lee"), ("ko", "지훈", "박", "Jihoon", "Park"),
    ("ru", "Дмитрий", "Соколов", "Dmitry", "Sokolov"), ("ru", "Анна", "Кузнецова", "Anna", "Kuznetsova"),
    ("ru", "Игорь", "Петров", "Igor", "Petrov"), ("uk", "Олена", "Шевченко", "Olena", "Shevchenko"),
    ("uk", "Тарас", "Бондаренко", "Taras", "Bondarenko"), ("bg", "Стоян", "Димитров", "Stoyan", "Dimitrov"),
    ("sr", "Милош", "Јовановић", "Milos", "Jovanovic"), ("kk", "Айгерім", "Сейтқали", "Aigerim", "Seitkali"),
    ("el", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos"), ("el", "Ελένη", "Νικολάου", "Eleni", "Nikolaou"),
    ("ar", "محمد", "الحداد", "Mohammed", "Alhaddad"), ("ar", "ليلى", "منصور", "Layla", "Mansour"),
    ("fa", "رضا", "حسینی", "Reza", "Hosseini"), ("he", "נועה", "כהן", "Noa", "Cohen"), ("he", "איתי", "לוי", "Itai", "Levi"),
    ("hi", "अर्जुन", "शर्मा", "Arjun", "Sharma"), ("hi", "प्रिया", "वर्मा", "Priya", "Verma"),
    ("mr", "महेश", "पाटील", "Mahesh", "Patil"), ("bn", "সৌরভ", "চ্যাটার্জি", "Sourav", "Chatterjee"),
    ("ta", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian"), ("te", "రవి", "రెడ్డి", "Ravi", "Reddy"),
    ("th", "สมชาย", "ศรีสวัสดิ์", "Somchai", "Srisawat"), ("ka", "გიორგი", "ბერიძე", "Giorgi", "Beridze"),
    ("hy", "Արամ", "Պետրոսյան", "Aram", "Petrosyan"), ("am", "አበበ", "ግርማ", "Abebe", "Girma"),
    ("pa", "ਗੁਰਪ੍ਰੀਤ", "ਸੰਧੂ", "Gurpreet", "Sandhu"), ("gu", "હાર્દિક", "પટેલ", "Hardik", "Patel"),
    ("ur", "عمران", "قریشی", "Imran", "Qureshi"),
]
CJK = ("ja", "zh", "ko")
PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "da", "dos", "das", "del", "von", "zu", "ter", "bin", "binti",
             "bint", "ibn", "al", "el", "ap", "'t", "y", "e", "di", "ó", "ní", "o", "abu", "ben", "te", "dela"}
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
                          "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "œ": "oe"})


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
    return "".join(c for c in s if not unicodedata.combining(c))


def squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


@dataclass
class Person:
    given: str
    family: str
    rg: str  # romanised given (Latin script)
    rf: str  # romanised family
    fam_first: bool
    lang: str = ""
    trad: str = ""
    female: bool | None = None
    tokens: list[str] = field(default_factory=list)

    @property
    def native(self) -> bool:
        return bool(self.lang)

    def full(self) -> str:
        if self.lang in CJK:
            return self.family + self.given
        return f"{self.family} {self.given}" if self.fam_first else f"{self.given} {self.family}"

    def rom_full(self) -> str:
        return f"{self.rf} {self.rg}" if self.fam_first else f"{self.rg} {self.rf}"

    def last_first(self) -> str:
        return f"{self.family}, {self.given}"

    def caps_last_first(self, sep: str = ",") -> str:
        return f"{fold(self.rf).upper()}{sep}{fold(self.rg).upper()}"

    def ag(self) -> str:  # account given part
        g = self.rg.split()[-1] if self.trad == "vietnamese" else self.rg
        return squash(g)

    def af(self) -> str:
        return squash(self.rf)

    def acct(self, style: str, n: int = 0) -> str:
        g, f = self.ag(), self.af()
        a = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
             "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}"}[style]
        return a + (str(n) if n else "")


def _split(spec: str) -> list[str]:
    return [x.strip() for x in spec.split(";") if x.strip()]


def _tokens(*parts: str) -> list[str]:
    out: list[str] = []
    for part in parts:
        for w in re.split(r"[\s\-]+", part):
            for v in (w, fold(w)):
                if v and v.lower() not in PARTICLES and len(v) > 1 and v not in out:
                    out.append(v)
            if "'" in w:  # O'Connor, d'Aubigné: the part after the apostrophe is a word too
                tail = w.split("'", 1)[1]
                for v in (tail, fold(tail)):
                    if len(v) > 1 and v not in out:
                        out.append(v)
    return out


def draw_person(rng, native_share: float = 0.12) -> Person:
    if rng.random() < native_share:
        lang, g, f, rg, rf = rng.choice(NATIVE)
        p = Person(g, f, rg, rf, lang in CJK, lang, "native_" + lang)
        p.tokens = _tokens(g, f, rg, rf) if lang not in CJK else _tokens(rg, rf) + [f + g, g, f]
        return p
    trad, _region, order, gm, gf, sn = rng.choice(TRADITIONS)
    female = rng.random() < 0.5
    given = rng.choice(_split(gf if female else gm))
    fam = rng.choice(_split(sn))
    if "/" in fam:
        fam = fam.split("/")[1 if female else 0]
    fam_first = order == "fg" or (order == "mix" and rng.random() < 0.5)
    p = Person(given, fam, given, fam, fam_first, "", trad, female)
    p.tokens = _tokens(given, fam)
    return p


def draw_relative(rng, p: Person) -> Person:
    """A household member: same tradition and family name (gendered form matched), another given name."""
    if p.native or p.trad.startswith("native"):
        return draw_person(rng, 0.0)
    trad = next(t for t in TRADITIONS if t[0] == p.trad)
    female = rng.random() < 0.5
    given = rng.choice([x for x in _split(trad[4] if female else trad[3]) if x != p.given])
    fam = p.family
    for entry in _split(trad[5]):
        forms = entry.split("/")
        if p.family in forms and len(forms) == 2:
            fam = forms[1 if female else 0]
    q = Person(given, fam, given, fam, p.fam_first, "", p.trad, female)
    q.tokens = _tokens(given, fam)
    return q


def stats() -> tuple[int, int, int, int]:
    given, sur = set(), set()
    for _t, _r, _o, gm, gf, sn in TRADITIONS:
        given.update(_split(gm) + _split(gf))
        for s in _split(sn):
            sur.update(s.split("/"))
    for _l, g, f, _rg, _rf in NATIVE:
        given.add(g)
        sur.add(f)
    return len(given), len(sur), len(TRADITIONS) + len({n[0] for n in NATIVE}), len(NATIVE)

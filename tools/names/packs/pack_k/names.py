"""Hand-written person names for pack_k (no package, no list copied from another set).

Each tradition: key, countries (for phones and e-mail domains), order ("gf" given first, "fg" family first,
"mix" either), male given names ; female given names, and surnames ("male/female" where the form is gendered).
"""

from __future__ import annotations

from core import fold

TRADITIONS = [
    ("us", "US", "gf", "James,Tyrone,Dwayne,Cody,Brandon,Marcus,Travis,Darnell;Ashley,Brittany,Latoya,Kayla,Shannon,Destiny,Amber,Courtney",
     "Johnson,Williams,Hendricks,Washburn,Coleman,Brooks,Pruitt,Caldwell,Dunlap"),
    ("uk", "GB", "gf", "Oliver,Harry,Callum,Alfie,Rhys,Nigel,Gareth;Charlotte,Imogen,Poppy,Harriet,Gemma,Siobhan,Lydia",
     "Thornton,Whitfield,Ashworth,Pemberton,Hargreaves,Blackwood,Fairclough,Holloway"),
    ("irish", "IE", "gf", "Cian,Oisín,Padraig,Eoin,Ruairí,Donal;Aoife,Saoirse,Niamh,Caoimhe,Orla,Róisín",
     "O'Sullivan,Ó Briain/Ní Bhriain,MacNamara,Ó Conchúir/Ní Chonchúir,Fitzgerald,O'Donovan,Kavanagh,McGrath"),
    ("scottish", "GB", "gf", "Hamish,Angus,Fraser,Euan,Lachlan;Iona,Isla,Morag,Kirsty,Eilidh",
     "MacLeod,MacKenzie,Buchanan,Drummond,Lamont,McAllister,Urquhart"),
    ("welsh", "GB", "gf", "Dafydd,Gethin,Iwan,Owain;Cerys,Angharad,Ffion,Bethan",
     "ap Gruffydd,Llewellyn,Pritchard,Bowen,Vaughan-Jones,Prosser"),
    ("german", "DE,AT,CH", "gf", "Jörg,Klaus-Peter,Lukas,Matthias,Florian,Dieter,Tobias,Günther;Anneliese,Jana,Sabine,Katrin,Ursula,Franziska,Lea,Heike",
     "Müller,Schäfer,Weißmann,von Stetten,zu Eltz,Hoffmann,Krüger,Becker-Lindner,Ziegler,Wendt"),
    ("dutch", "NL,BE", "gf", "Joris,Bram,Sjoerd,Maarten,Thijs,Wouter;Femke,Anouk,Marieke,Sanne,Lieke,Maaike",
     "van der Meulen,de Vries,van 't Hof,Bakker,ter Horst,Visser,van den Broek,Dijkstra,op de Beeck"),
    ("french", "FR,BE,CA", "gf", "Thibault,Étienne,Jean-Baptiste,Benoît,Gaël,Luc,Rémi;Océane,Élodie,Marie-Claire,Sévérine,Chloé,Margaux,Inès",
     "Lefèvre,Dubois,d'Arnaud,Le Gall,Rousseau,Mercier,Fontaine,de La Fayette,Chevalier,Béranger"),
    ("spanish", "ES", "gf", "Álvaro,Iñaki,Sergio,Javier,Raúl,Pau;Lucía,Ainhoa,Nuria,Montserrat,Pilar,Begoña",
     "García Márquez,Fernández,Ortuño,Etxeberria,López de Haro,Sánchez-Vidal,Castellano,Iglesias,Gómez"),
    ("mexican", "MX", "gf", "Alejandro,Jesús,Rodrigo,Emiliano,Guadalupe;Ximena,Guadalupe,Itzel,Maricruz,Fernanda",
     "Hernández,de la Cruz,Ramírez,Villaseñor,Cuauhtémoc,Ríos Zamora,Olvera"),
    ("andean", "CO,PE", "gf", "Andrés,Julián,Wilmer,Yeison;Yuliana,Mayerli,Daniela,Rosa Elvira",
     "Quispe,Mamani,Cárdenas,Restrepo,Zuluaga,Huamán,Ochoa Villa"),
    ("brazilian", "BR", "gf", "João,Thiago,Rafael,Caio,Wellington,Gustavo;Ana Paula,Letícia,Thaís,Juliana,Gabriela,Francisca",
     "dos Santos,da Silva,Oliveira,Souza,Ferreira,Carvalho,Conceição,Nascimento,Albuquerque"),
    ("portuguese", "PT", "gf", "Duarte,Tiago,Rui,Nuno;Inês,Leonor,Mafalda,Beatriz",
     "Gonçalves,Magalhães,Sousa Pinto,Teixeira,Vasconcelos,Brandão"),
    ("italian", "IT", "gf", "Giuseppe,Lorenzo,Matteo,Gianluca,Salvatore,Alessio;Giulia,Chiara,Francesca,Martina,Ilaria,Beatrice",
     "Russo,Esposito,Bianchi,Colombo,De Luca,Di Stefano,Ferraro,Lombardi,D'Angelo,Mancini"),
    ("polish", "PL", "gf", "Krzysztof,Grzegorz,Paweł,Łukasz,Tomasz,Wojciech;Agnieszka,Małgorzata,Katarzyna,Zofia,Joanna,Magdalena",
     "Kowalski/Kowalska,Wiśniewski/Wiśniewska,Zieliński/Zielińska,Nowak,Wójcik,Kamiński/Kamińska,Lewandowski/Lewandowska,Szymański/Szymańska"),
    ("czech", "CZ", "gf", "Jiří,Petr,Ondřej,Vojtěch,Tomáš;Lenka,Tereza,Kateřina,Zuzana,Markéta",
     "Dvořák/Dvořáková,Novotný/Novotná,Procházka/Procházková,Černý/Černá,Svoboda/Svobodová,Kučera/Kučerová"),
    ("russian", "RU", "gf", "Dmitry,Sergei,Alexei,Nikolai,Vladimir,Yuri;Ekaterina,Anastasia,Olga,Svetlana,Natalia,Irina",
     "Ivanov/Ivanova,Smirnov/Smirnova,Kuznetsov/Kuznetsova,Sokolov/Sokolova,Volkov/Volkova,Morozov/Morozova,Lebedev/Lebedeva"),
    ("ukrainian", "UA", "gf", "Taras,Bohdan,Oleksandr,Andriy,Mykola;Oksana,Olena,Kateryna,Yulia,Solomiya",
     "Shevchenko,Bondarenko,Kovalenko,Tkachuk,Melnyk,Kravchenko,Hrytsenko"),
    ("swedish", "SE", "gf", "Björn,Anders,Magnus,Oskar,Linus;Astrid,Ingrid,Maja,Linnéa,Elsa",
     "Lindqvist,Bergström,Sjöberg,Åkesson,Nyström,Holmgren,Lundgren"),
    ("norwegian_danish", "NO,DK", "gf", "Søren,Halvard,Eirik,Mads,Rasmus;Solveig,Ingeborg,Mette,Sigrid,Freja",
     "Johansen,Haugland,Kristiansen,Sørensen,Bjørnstad,Mikkelsen,Østergaard"),
    ("finnish", "FI", "gf", "Juha,Mikko,Eero,Tuomas,Jukka;Aino,Minna,Satu,Hanna-Leena,Kaisa",
     "Virtanen,Mäkinen,Korhonen,Häkkinen,Laaksonen,Nieminen,Järvinen"),
    ("icelandic", "IS", "gf", "Gunnar,Sigurður,Ólafur,Einar;Guðrún,Sigríður,Katrín,Hildur",
     "Jónsson/Jónsdóttir,Magnússon/Magnúsdóttir,Einarsson/Einarsdóttir,Þórsson/Þórsdóttir,Gíslason/Gísladóttir"),
    ("hungarian", "HU", "fg", "Zoltán,Gábor,Levente,Attila,Bence;Eszter,Zsófia,Réka,Krisztina,Ildikó",
     "Nagy,Kovács,Szabó,Tóth,Horváth,Varga,Farkas,Lakatos"),
    ("romanian", "RO", "gf", "Mihai,Andrei,Bogdan,Cătălin,Radu;Ioana,Andreea,Mădălina,Raluca,Oana",
     "Popescu,Ionescu,Constantinescu,Dumitrescu,Stănescu,Munteanu,Țurcanu"),
    ("greek", "GR,CY", "gf", "Giorgos,Dimitrios,Konstantinos,Nikos,Stavros;Eleni,Katerina,Despina,Vasiliki,Sofia",
     "Papadopoulos/Papadopoulou,Georgiou,Konstantinidis/Konstantinidou,Oikonomou,Vlachos/Vlachou,Karagiannis/Karagianni"),
    ("turkish", "TR", "gf", "Mehmet,Emre,Burak,Oğuz,Serkan,Kaan;Elif,Zeynep,Büşra,Gülşen,Ayşe,Özlem",
     "Yılmaz,Öztürk,Çelik,Şahin,Aydın,Kılıç,Doğan,Karagöz"),
    ("levant", "JO,LB", "gf", "Omar,Khaled,Rami,Tarek,Ziad,Samir;Rania,Layla,Nour,Hala,Dima,Lina",
     "Al-Hashimi,Haddad,Khoury,Al-Masri,Nassar,Abu-Ghazaleh,Saade,Barakat"),
    ("gulf", "AE,SA", "gf", "Abdullah,Faisal,Sultan,Hamad,Yousef;Maryam,Noura,Aisha,Hessa,Shamma",
     "bin Rashid/bint Rashid,Al Mansoori,Al-Qahtani,Al Nuaimi,Al-Otaibi,bin Saeed/bint Saeed"),
    ("egyptian", "EG", "gf", "Mostafa,Karim,Amr,Sherif,Hossam;Yasmin,Mona,Heba,Nadia,Dalia",
     "El-Sayed,Abdel-Rahman,Mahmoud,El Shazly,Fawzy,Soliman"),
    ("persian", "IR", "gf", "Reza,Arash,Dariush,Kourosh,Mehdi;Shirin,Niloufar,Parisa,Golnaz,Mahsa",
     "Hosseini,Tehrani,Rahimzadeh,Moradi,Karimi,Farahani,Jafari"),
    ("hebrew", "IL", "gf", "Yossi,Itai,Noam,Eitan,Avraham;Tamar,Noa,Shira,Yael,Michal",
     "Cohen,Levi,Mizrahi,Friedman,Ben-David,Avraham,Peretz,Shapiro"),
    ("hindi", "IN", "gf", "Rajesh,Amit,Vikram,Rohan,Sandeep,Arjun;Priya,Neha,Pooja,Ananya,Kavita,Sunita",
     "Sharma,Verma,Gupta,Agarwal,Chaturvedi,Mishra,Tiwari,Srivastava"),
    ("south_indian", "IN,LK", "gf", "Karthik,Srinivasan,Venkatesh,Arvind,Sanjeev;Lakshmi,Divya,Meenakshi,Revathi,Shalini",
     "Subramanian,Iyer,Krishnamurthy,Raghunathan,Nair,Pillai,Reddy,Venkataraman"),
    ("punjabi", "IN,PK", "gf", "Gurpreet,Harjit,Manpreet,Jaswinder;Simran,Harleen,Navneet,Jasleen",
     "Singh/Kaur,Gill,Sandhu,Dhillon,Grewal,Sidhu"),
    ("bengali", "BD,IN", "gf", "Arif,Tanvir,Sabbir,Rafiq,Debashish;Farzana,Nusrat,Tasnim,Moumita,Sharmin",
     "Rahman,Hossain,Chowdhury,Bhattacharya,Mukherjee,Islam,Sarkar"),
    ("pakistani", "PK", "gf", "Usman,Bilal,Hamza,Zeeshan,Imran;Ayesha,Sana,Mahnoor,Hira,Fatima",
     "Qureshi,Siddiqui,Malik,Butt,Chaudhry,Sheikh,Javed"),
    ("chinese", "CN", "mix", "Wei,Jun,Hao,Zhiqiang,Yuchen,Jianguo;Xiaoling,Mei,Yan,Jing,Xinyi,Lihua",
     "Wang,Zhang,Liu,Chen,Huang,Zhou,Xu,Guo,Zheng"),
    ("cantonese", "HK,TW", "mix", "Ka-Wai,Chun-Kit,Wing-Hong,Yu-Ting;Mei-Ling,Siu-Ming,Hui-Wen,Pui-Yee",
     "Chan,Wong,Leung,Cheung,Tsang,Lau,Kwok"),
    ("japanese", "JP", "mix", "Haruto,Takeshi,Kenji,Daisuke,Shota,Yuto;Yuki,Haruka,Ayaka,Misaki,Naoko,Sakura",
     "Tanaka,Takahashi,Watanabe,Yamamoto,Nakamura,Kobayashi,Inoue,Matsumoto"),
    ("korean", "KR", "mix", "Min-jun,Ji-hoon,Seung-woo,Dong-hyun,Jae-won;Seo-yeon,Ji-woo,Ha-eun,Soo-jin,Eun-ji",
     "Kim,Park,Choi,Jung,Kang,Yoon,Jang"),
    ("vietnamese", "VN", "fg", "Minh Tuấn,Quốc Bảo,Văn Hùng,Đức Anh;Thu Trang,Ngọc Ánh,Thị Hương,Phương Linh",
     "Nguyễn,Trần,Phạm,Huỳnh,Võ,Đặng,Bùi"),
    ("filipino", "PH", "gf", "Jericho,Rommel,Jomar,Efren,Dindo;Maricel,Rowena,Liezl,Charmaine,Jocelyn",
     "dela Cruz,Santos,Bautista,Macaraeg,Villanueva,Dimaculangan,Manalo"),
    ("indonesian", "ID", "gf", "Agus,Budi,Wahyu,Rizky,Dwi;Sri,Putri,Ratna,Indah,Wulan",
     "Wijaya,Santoso,Susanto,Hidayat,Kusuma,Nugroho,Setiawan"),
    ("malay", "MY,SG", "gf", "Ahmad Faiz,Muhammad Hafiz,Azlan,Syafiq;Nurul Aina,Siti Aminah,Farah,Aisyah",
     "bin Ismail/binti Ismail,bin Abdullah/binti Abdullah,bin Yusof/binti Yusof,bin Hassan/binti Hassan"),
    ("thai", "TH", "gf", "Somchai,Anucha,Kittisak,Thanawat;Siriporn,Nattaya,Pimchanok,Kanokwan",
     "Srisuk,Chaiyaporn,Wongsawat,Rattanakorn,Sukprasert,Kongkaew"),
    ("yoruba", "NG", "gf", "Oluwaseun,Babatunde,Adebayo,Olumide,Tunde;Folake,Adeola,Temitope,Yetunde,Funmilayo",
     "Adeyemi,Ogunleye,Oyelaran,Afolabi,Adebanjo,Olatunji"),
    ("igbo", "NG", "gf", "Chinedu,Emeka,Obinna,Ikenna,Chukwuemeka;Ngozi,Chiamaka,Adaeze,Nneka,Uchenna",
     "Okafor,Nwosu,Eze,Okonkwo,Nwachukwu,Onyekachi,Obi"),
    ("akan", "GH", "gf", "Kwame,Kofi,Kwabena,Yaw,Kwesi;Akosua,Ama,Efua,Abena,Adwoa",
     "Mensah,Asante,Boateng,Owusu,Appiah,Osei,Agyeman"),
    ("east_african", "KE,TZ,UG", "gf", "Wanjiru,Otieno,Kiprono,Baraka,Juma;Achieng,Wambui,Njeri,Zawadi,Nafula",
     "Kamau,Odhiambo,Mwangi,Kipchoge,Wekesa,Njoroge,Mutua,Nyambura"),
    ("ethiopian", "ET", "gf", "Dawit,Tesfaye,Yohannes,Abebe;Selam,Meron,Tigist,Hirut",
     "Bekele,Gebremariam,Haile,Tadesse,Wolde,Alemu"),
    ("southern_african", "ZA,ZW", "gf", "Sipho,Thabo,Mandla,Lwazi,Tendai;Nomvula,Thandeka,Zanele,Lerato,Rutendo",
     "Dlamini,Ndlovu,Khumalo,Mokoena,Nkosi,Moyo,Sithole"),
    ("afrikaans", "ZA", "gf", "Pieter,Johan,Riaan,Gerrit;Elmarie,Annelie,Marike,Riana",
     "van der Merwe,Botha,du Plessis,Pretorius,Venter,Jansen van Rensburg"),
    ("lithuanian", "LT", "gf", "Mindaugas,Tadas,Darius,Gediminas;Rūta,Eglė,Ieva,Gintarė",
     "Kazlauskas/Kazlauskienė,Petrauskas/Petrauskienė,Jankauskas/Jankauskienė,Balčiūnas/Balčiūnienė"),
    ("georgian", "GE", "gf", "Giorgi,Levan,Davit,Irakli;Nino,Tamar,Mariam,Ketevan",
     "Beridze,Kapanadze,Gelashvili,Lomidze,Tsiklauri,Chikovani"),
    ("armenian", "AM", "gf", "Aram,Tigran,Hovhannes,Gor;Anahit,Lusine,Siranush,Armine",
     "Grigoryan,Harutyunyan,Petrosyan,Hakobyan,Sargsyan,Vardanyan"),
    ("central_asian", "KZ,UZ", "gf", "Nurlan,Yerlan,Timur,Rustam,Bekzod;Aigerim,Dinara,Gulnara,Madina,Zarina",
     "Nurmagambetov/Nurmagambetova,Abdullayev/Abdullayeva,Karimov/Karimova,Tokhtarov/Tokhtarova,Rakhimov/Rakhimova"),
    ("maori_pacific", "NZ,AU", "gf", "Tamati,Wiremu,Rangi,Sione,Tevita;Aroha,Mere,Ngaire,Losana,Moana",
     "Te Whata,Ngata,Parata,Tuilagi,Fifita,Taufa,Tapsell"),
    ("caribbean", "JM,TT", "gf", "Delroy,Winston,Kemar,Shacquille;Shanique,Tamika,Kerry-Ann,Marcia",
     "Campbell,McKenzie,Beckford,Gayle,Chambers,Thwaites"),
    ("argentine", "AR,UY", "gf", "Facundo,Santiago,Gonzalo,Matías;Agustina,Florencia,Milagros,Valentina",
     "Fernández Castro,Gutiérrez,Pereyra,Sosa,Benítez,Acosta"),
    ("australian", "AU", "gf", "Lachie,Brodie,Jarrah,Kane;Tahlia,Bronwyn,Kylie,Jacinta",
     "Fitzpatrick,Stubbs,Kerrigan,Treloar,Maddox"),
]

# given_native, family_native, given_rom, family_rom, tradition, joiner ("" = no space, family first)
NATIVE = [
    ("花子", "佐藤", "Hanako", "Sato", "japanese", ""),
    ("健太", "鈴木", "Kenta", "Suzuki", "japanese", ""),
    ("陽菜", "高橋", "Hina", "Takahashi", "japanese", ""),
    ("伟", "王", "Wei", "Wang", "chinese", ""),
    ("秀英", "李", "Xiuying", "Li", "chinese", ""),
    ("建华", "张", "Jianhua", "Zhang", "chinese", ""),
    ("嘉欣", "陈", "Ka-Yan", "Chan", "cantonese", ""),
    ("민준", "김", "Min-jun", "Kim", "korean", ""),
    ("서연", "박", "Seo-yeon", "Park", "korean", ""),
    ("Дмитрий", "Соколов", "Dmitry", "Sokolov", "russian", " "),
    ("Екатерина", "Морозова", "Ekaterina", "Morozova", "russian", " "),
    ("Олена", "Коваленко", "Olena", "Kovalenko", "ukrainian", " "),
    ("Тарас", "Мельник", "Taras", "Melnyk", "ukrainian", " "),
    ("Милош", "Јовановић", "Miloš", "Jovanović", "serbian", " "),
    ("Ивайло", "Георгиев", "Ivaylo", "Georgiev", "bulgarian", " "),
    ("Айгерим", "Нурланова", "Aigerim", "Nurlanova", "central_asian", " "),
    ("Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", "greek", " "),
    ("Ελένη", "Οικονόμου", "Eleni", "Oikonomou", "greek", " "),
    ("محمد", "الحسيني", "Mohammed", "Al-Husseini", "levant", " "),
    ("فاطمة", "الزهراني", "Fatima", "Al-Zahrani", "gulf", " "),
    ("علی", "رضایی", "Ali", "Rezaei", "persian", " "),
    ("عمران", "قریشی", "Imran", "Qureshi", "pakistani", " "),
    ("נועה", "כהן", "Noa", "Cohen", "hebrew", " "),
    ("राहुल", "शर्मा", "Rahul", "Sharma", "hindi", " "),
    ("सुनीता", "देशमुख", "Sunita", "Deshmukh", "hindi", " "),
    ("তানভীর", "রহমান", "Tanvir", "Rahman", "bengali", " "),
    ("கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", "south_indian", " "),
    ("వెంకట్", "రెడ్డి", "Venkat", "Reddy", "south_indian", " "),
    ("ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Gurpreet", "Singh", "punjabi", " "),
    ("สมชาย", "ศรีสุข", "Somchai", "Srisuk", "thai", " "),
    ("ნინო", "ბერიძე", "Nino", "Beridze", "georgian", " "),
    ("Տիգրան", "Պետրոսյան", "Tigran", "Petrosyan", "armenian", " "),
    ("ሰላም", "በቀለ", "Selam", "Bekele", "ethiopian", " "),
    ("សុភា", "ចាន់", "Sophea", "Chan", "khmer", " "),
    ("ಅನಿಲ್", "ಕುಮಾರ್", "Anil", "Kumar", "south_indian", " "),
]

PARTICLES = {"van", "der", "den", "de", "la", "le", "del", "dos", "da", "das", "von", "zu", "ter", "te", "op", "'t",
             "t", "bin", "binti", "bint", "ibn", "al", "el", "du", "di", "d", "o", "ó", "ní", "y", "e", "ap", "mac",
             "abu", "abdel", "jansen"}

_COUNTRY_OF = {"serbian": "RS", "bulgarian": "BG", "khmer": "KH"}


class Person:
    def __init__(self, given, family, trad, countries, order, native=None):
        self.given, self.family, self.trad = given, family, trad
        self.countries = countries
        self.order = order  # "gf" or "fg"
        self.native = native  # (given_n, family_n, joiner) or None

    # ---- display forms
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.order == "fg" else f"{self.given} {self.family}"

    def western(self) -> str:
        return f"{self.given} {self.family}"

    def native_full(self) -> str:
        g, f, j = self.native
        return f + g if j == "" else (f"{f} {g}" if self.trad in ("hungarian",) else f"{g}{j}{f}")

    def shown(self, rng) -> str:
        """The name as an app would show it: native script when there is one (sometimes)."""
        if self.native and rng.random() < 0.6:
            return self.native_full()
        return self.full()

    def last_first(self) -> str:
        return f"{self.family}, {self.given}"

    def upper(self) -> str:
        return self.full().upper()

    def sg(self) -> str:  # SURNAME/GIVEN, ASCII, as card and airline systems write it
        return f"{fold(self.family).upper()}/{fold(self.given).upper()}"

    def emboss(self) -> str:  # embossing line: GIVEN FAMILY, ASCII upper
        return fold(self.western()).upper().replace("'", "")

    def first(self) -> str:
        return self.given.split(" ")[0]

    # ---- accounts and e-mails
    def _parts(self):
        g = fold(self.given.split(" ")[0]).lower().replace("'", "")
        fam = fold(self.family).lower().replace("'", "").replace(" ", "")
        return g, fam

    def account(self, rng, style=None) -> str:
        g, f = self._parts()
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "first.last", "flast"])
        acct = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}", "first_last": f"{g}_{f}",
                "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}", "f.last": f"{g[0]}.{f}"}[style]
        acct = acct.replace("-", "") if rng.random() < 0.5 else acct
        if rng.random() < 0.3:
            acct += str(rng.choice([1, 2, 7, 11, 23, 84, 90, 2024]))
        return acct

    def email(self, rng, domain=None) -> str:
        local = self.account(rng, rng.choice(["first.last", "flast", "firstlast", "first_last", "f.last", "firstl"]))
        if rng.random() < 0.1:
            local += "+" + rng.choice(["pay", "wallet", "crypto", "bills"])
        return f"{local}@{domain or rng.choice(EMAIL_DOMAINS)}"

    def tokens(self) -> list[str]:
        out = []
        for part in (self.given, self.family):
            for w in part.replace("-", " ").replace("'", " ").split():
                if w.lower() not in PARTICLES and len(w) > 1:
                    out.append(w)
        if self.native:
            out += [w for w in (self.native[0], self.native[1]) if w]
        return sorted(set(out))


EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "inbox.example.com", "post.example",
                 "correo.example", "posteo.test", "webmail.example.co.uk", "outlook.example", "yandex.example",
                 "naver.example", "qq.example", "mail.example.de", "free.example.fr", "uol.example.com.br"]


def _split(s):
    return [x.strip() for x in s.split(",") if x.strip()]


def _load():
    trads = {}
    for key, countries, order, given, surn in TRADITIONS:
        m, f = given.split(";")
        fams = []
        for s in _split(surn):
            ms, _, fs = s.partition("/")
            fams.append((ms, fs or ms))
        trads[key] = (countries.split(","), order, _split(m), _split(f), fams)
    return trads


TRADS = _load()
TRAD_KEYS = sorted(TRADS)


def draw_person(rng, native: bool = False) -> Person:
    if native or rng.random() < 0.2:
        gn, fn, gr, fr, trad, j = rng.choice(NATIVE)
        countries, order = (TRADS[trad][0], TRADS[trad][1]) if trad in TRADS else ([_COUNTRY_OF[trad]], "gf")
        order = "fg" if j == "" else "gf"
        return Person(gr, fr, trad, countries, order, (gn, fn, j))
    key = rng.choice(TRAD_KEYS)
    countries, order, ms, fs, fams = TRADS[key]
    female = rng.random() < 0.5
    given = rng.choice(fs if female else ms)
    fam = rng.choice(fams)[1 if female else 0]
    if order == "mix":
        order = rng.choice(["gf", "fg"])
    return Person(given, fam, key, countries, order)


def stats():
    given, fam = set(), set()
    for c, o, ms, fs, fams in TRADS.values():
        given |= set(ms) | set(fs)
        for a, b in fams:
            fam |= {a, b}
    for gn, fn, gr, fr, _t, _j in NATIVE:
        given.add(gr)
        fam.add(fr)
    return len(given), len(fam), len(TRADS) + len(set(_COUNTRY_OF)), len(NATIVE)

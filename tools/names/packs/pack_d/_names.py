"""Hand-written person-name lists for pack_d (no library, not copied from any other set).

Each tradition: region, display order ("gf" given first, "fg" family first, "mix" either), given names
for men and women, and surnames (a second, index-aligned list when the surname is gendered).
Entries are comma separated so that particles and double surnames can hold spaces.
"""

from __future__ import annotations

import unicodedata

TRADITIONS = [
    # key, region, order, male given, female given, surnames (male or all), surnames (female, aligned)
    ("english", "Europe/Americas", "gf",
     "James, Oliver, Ethan, Liam, Noah, Marcus, Trevor, Dylan, Graham, Nathaniel",
     "Emily, Hannah, Chloe, Megan, Abigail, Lauren, Kayla, Bethany, Courtney",
     "Smith, Johnson, Williams, Brown, Taylor, Wilson, Thompson, Walker, Harris, Clarke, Whitfield, Pennington", None),
    ("irish", "Europe", "gf",
     "Seán, Cian, Oisín, Darragh, Ciarán, Pádraig, Eoin",
     "Aoife, Siobhán, Niamh, Saoirse, Róisín, Caoimhe, Gráinne",
     "O'Brien, O'Sullivan, Murphy, Kavanagh, Ó Súilleabháin, McCarthy, Fitzgerald, Byrne, Ó Néill",
     "O'Brien, O'Sullivan, Murphy, Kavanagh, Ní Shúilleabháin, McCarthy, Fitzgerald, Byrne, Ní Néill"),
    ("scottish", "Europe", "gf",
     "Callum, Angus, Hamish, Fraser, Ewan, Lachlan",
     "Isla, Morag, Eilidh, Catriona, Kirsty, Ailsa",
     "MacDonald, MacLeod, Campbell, Stewart, Mackenzie, Robertson, MacGregor, Sinclair", None),
    ("german", "Europe", "gf",
     "Jürgen, Klaus-Peter, Lukas, Maximilian, Florian, Tobias, Dieter, Hans-Jörg",
     "Anneliese, Sabine, Lena, Katharina, Ute, Jana, Friederike",
     "Müller, Schmidt, Schneider, Fischer, Weber, Becker, Hoffmann, von Bülow, Schäfer, Zimmermann, Großmann, Schulze-Wendt", None),
    ("dutch", "Europe", "gf",
     "Jan, Pieter, Sander, Joost, Bram, Thijs, Daan, Wouter",
     "Anouk, Femke, Sanne, Lieke, Marloes, Eline, Ilse",
     "de Vries, van der Berg, van Dijk, Jansen, de Jong, Bakker, van den Heuvel, ter Horst, Visser, op de Beeck, van 't Hof", None),
    ("french", "Europe", "gf",
     "Jean-Luc, Mathieu, Étienne, Théo, Baptiste, Olivier, Rémi, Grégoire",
     "Céline, Amélie, Élodie, Margaux, Chloé, Anne-Sophie, Maëlle",
     "Dubois, Lefèvre, Moreau, Girard, Laurent, Fournier, du Pont, Le Goff, d'Aubigné, Rousseau, Garnier, Béranger", None),
    ("spanish", "Europe", "gf",
     "Javier, Alejandro, Álvaro, Íñigo, Sergio, Jorge, Borja",
     "Lucía, Carmen, Nerea, Begoña, Ainhoa, María José, Rocío",
     "García López, Fernández, Martínez, de la Fuente, Rodríguez, Sánchez, Ortega, Muñoz, Ibáñez, Gómez-Herrera, Ruiz de Alda", None),
    ("mexican", "Americas", "gf",
     "José Luis, Juan Carlos, Emiliano, Mateo, Diego, Rodrigo, Joaquín",
     "Guadalupe, Ximena, Valentina, Fernanda, Araceli, Itzel",
     "Hernández, de la Cruz, Ramírez, Castañeda, Villalobos, Zúñiga, Morales, Gutiérrez, Ochoa", None),
    ("lusophone", "Europe/Americas", "gf",
     "João, Gonçalo, Thiago, Rafael, Leandro, Caio, Vinícius",
     "Ana Beatriz, Inês, Luíza, Mariana, Thaís, Conceição",
     "Souza, dos Santos, da Silva, Ferreira, Carvalho, Gonçalves, Magalhães, Albuquerque, Nascimento", None),
    ("italian", "Europe", "gf",
     "Giuseppe, Alessandro, Matteo, Lorenzo, Davide, Niccolò",
     "Giulia, Chiara, Francesca, Alessia, Federica, Martina",
     "Rossi, Esposito, Bianchi, Romano, Colombo, De Luca, Ricci, Di Stefano, Marino, Lombardi", None),
    ("polish", "Europe", "gf",
     "Tomasz, Paweł, Krzysztof, Michał, Grzegorz, Łukasz",
     "Agnieszka, Małgorzata, Katarzyna, Joanna, Zofia, Ewa",
     "Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Jędrzejczak, Szymański",
     "Kowalska, Nowak, Wiśniewska, Wójcik, Kamińska, Lewandowska, Zielińska, Jędrzejczak, Szymańska"),
    ("czech", "Europe", "gf",
     "Jiří, Petr, Ondřej, Tomáš, Vojtěch, Marek",
     "Tereza, Lucie, Kateřina, Zuzana, Markéta, Jitka",
     "Novák, Svoboda, Dvořák, Černý, Procházka, Kučera, Veselý, Horák",
     "Nováková, Svobodová, Dvořáková, Černá, Procházková, Kučerová, Veselá, Horáková"),
    ("hungarian", "Europe", "fg",
     "László, Gábor, Zoltán, Bence, Levente, Attila",
     "Zsófia, Katalin, Réka, Eszter, Anikó, Boglárka",
     "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Farkas", None),
    ("romanian", "Europe", "gf",
     "Andrei, Mihai, Ionuț, Bogdan, Radu, Cătălin",
     "Ioana, Andreea, Bianca, Roxana, Mădălina, Larisa",
     "Popescu, Ionescu, Dumitrescu, Stan, Constantinescu, Munteanu, Țurcanu, Georgescu", None),
    ("greek", "Europe", "gf",
     "Giorgos, Dimitris, Nikos, Kostas, Yannis, Stavros",
     "Eleni, Katerina, Despina, Vasiliki, Marina, Ourania",
     "Papadopoulos, Georgiou, Nikolaidis, Konstantinou, Papageorgiou, Antoniou, Vlachos, Oikonomou",
     "Papadopoulou, Georgiou, Nikolaidou, Konstantinou, Papageorgiou, Antoniou, Vlachou, Oikonomou"),
    ("turkish", "Europe/Middle East", "gf",
     "Mehmet, Emre, Burak, Oğuz, Çağlar, Serkan",
     "Ayşe, Elif, Zeynep, Gülşen, Şebnem, Büşra",
     "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan", None),
    ("nordic", "Europe", "gf",
     "Lars, Anders, Henrik, Magnus, Bjørn, Søren, Mikael",
     "Ingrid, Astrid, Sigrid, Maja, Linnéa, Freja",
     "Andersson, Johansson, Lindqvist, Nilsson, Hansen, Sørensen, Halvorsen, Åkesson, Lindström", None),
    ("finnish", "Europe", "gf",
     "Juha, Mikko, Antti, Teemu, Jussi, Ville",
     "Aino, Riikka, Sanna, Päivi, Kaisa, Heli",
     "Korhonen, Virtanen, Mäkinen, Nieminen, Hämäläinen, Laine, Heikkinen, Koskinen", None),
    ("icelandic", "Europe", "gf",
     "Guðmundur, Sigurður, Ólafur, Einar, Kristján",
     "Guðrún, Sigríður, Katrín, Helga, Þóra",
     "Jónsson, Sigurðsson, Gunnarsson, Ólafsson, Magnússon",
     "Jónsdóttir, Sigurðardóttir, Gunnarsdóttir, Ólafsdóttir, Magnúsdóttir"),
    ("russian", "Europe/Central Asia", "gf",
     "Dmitry, Sergei, Alexei, Nikolai, Igor, Vladislav",
     "Natalia, Yekaterina, Olga, Svetlana, Anastasia, Tatiana",
     "Ivanov, Smirnov, Kuznetsov, Popov, Sokolov, Volkov, Morozov, Lebedev",
     "Ivanova, Smirnova, Kuznetsova, Popova, Sokolova, Volkova, Morozova, Lebedeva"),
    ("ukrainian", "Europe", "gf",
     "Oleksandr, Taras, Bohdan, Andriy, Mykola, Yaroslav",
     "Oksana, Olena, Iryna, Yulia, Halyna, Solomiya",
     "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchuk, Melnyk, Boyko, Lysenko", None),
    ("serbocroat", "Europe", "gf",
     "Miloš, Dragan, Nemanja, Luka, Goran, Zoran",
     "Jelena, Milica, Ivana, Snežana, Dragana, Tijana",
     "Jovanović, Petrović, Nikolić, Marković, Đorđević, Horvat, Kovačević, Babić", None),
    ("arabic", "Middle East", "gf",
     "Mohammed, Ahmed, Khalid, Omar, Yousef, Tariq, Hamza",
     "Fatima, Layla, Noor, Mariam, Huda, Rania",
     "Al-Farsi, Al-Rashid, Haddad, Khoury, Al-Mansouri, El-Amin, Nasser, Abboud, Al-Qahtani", None),
    ("maghrebi", "North Africa", "gf",
     "Youssef, Karim, Mehdi, Rachid, Amine, Nabil",
     "Amina, Salma, Khadija, Yasmine, Nadia, Imane",
     "Benali, El Idrissi, Bouazza, Benjelloun, Haddou, Chaoui, Ait Taleb, Mansouri", None),
    ("persian", "Middle East", "gf",
     "Reza, Arash, Dariush, Kourosh, Farhad, Babak",
     "Shirin, Parisa, Niloufar, Mahsa, Golnar, Yasaman",
     "Hosseini, Rahimi, Mohammadi, Tehrani, Karimi, Jafari, Moradi, Sadeghi", None),
    ("hebrew", "Middle East", "gf",
     "Yossi, Avi, Eitan, Noam, Itai, Yonatan",
     "Tamar, Noa, Shira, Yael, Michal, Adi",
     "Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Ben-David, Avraham", None),
    ("hindi", "South Asia", "gf",
     "Rahul, Amit, Vikram, Arjun, Rohan, Sandeep",
     "Priya, Ananya, Neha, Pooja, Kavita, Shreya",
     "Sharma, Verma, Gupta, Agarwal, Mehta, Chaudhary, Srivastava, Malhotra, Kapoor", None),
    ("tamil", "South Asia", "gf",
     "Karthik, Senthil, Murugan, Venkatesh, Arun, Prakash",
     "Lakshmi, Deepa, Meenakshi, Kavya, Divya, Revathi",
     "Subramanian, Raghunathan, Krishnamurthy, Iyer, Pillai, Natarajan, Balasubramaniam, Ramaswamy", None),
    ("bengali", "South Asia", "gf",
     "Sourav, Arnab, Debashis, Rezaul, Tanvir, Subhajit",
     "Sharmila, Moumita, Rituparna, Nusrat, Farzana, Sreya",
     "Chatterjee, Banerjee, Mukherjee, Das, Chowdhury, Bhattacharya, Sen, Ghosh, Rahman", None),
    ("punjabi", "South Asia", "gf",
     "Imran, Bilal, Faisal, Usman, Harpreet, Gurpreet",
     "Ayesha, Sana, Hina, Mahnoor, Simran, Jaspreet",
     "Khan, Qureshi, Siddiqui, Butt, Chaudhry, Malik, Sandhu, Gill, Dhillon", None),
    ("sinhala", "South Asia", "gf",
     "Nuwan, Chaminda, Kasun, Tharindu, Lahiru, Buddhika",
     "Dilani, Nadeesha, Sachini, Chathurika, Ishara, Anoma",
     "Perera, Fernando, Jayasuriya, Wickramasinghe, Bandara, Gunawardena, Dissanayake, Herath, Samarasinghe", None),
    ("chinese", "East Asia", "mix",
     "Wei, Jun, Hao, Zhiwei, Jianguo, Lei, Yuchen",
     "Xiaoling, Mei, Jing, Yuting, Xinyi, Lihua",
     "Wang, Li, Zhang, Liu, Chen, Huang, Zhao, Zhou, Xu, Ouyang", None),
    ("japanese", "East Asia", "mix",
     "Haruto, Kenji, Takumi, Daisuke, Ryo, Hiroshi, Sho",
     "Yuki, Aiko, Haruka, Misaki, Yui, Nanami",
     "Tanaka, Suzuki, Takahashi, Watanabe, Nakamura, Kobayashi, Yamamoto, Ito, Sato", None),
    ("korean", "East Asia", "mix",
     "Min-jun, Seo-jun, Ji-ho, Hyun-woo, Dong-hyun, Jae-won",
     "Seo-yeon, Ji-woo, Ha-eun, Soo-ah, Min-seo, Yu-na",
     "Kim, Lee, Park, Choi, Jung, Kang, Yoon, Jang, Lim", None),
    ("vietnamese", "South-East Asia", "fg",
     "Minh, Tuấn, Hùng, Dũng, Quang, Thành",
     "Linh, Thảo, Hương, Ngọc, Trang, Phương",
     "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Võ, Đặng, Bùi", None),
    ("thai", "South-East Asia", "gf",
     "Somchai, Anan, Kittisak, Thanawat, Prasert, Wichai",
     "Siriporn, Nattaya, Pimchanok, Kanokwan, Supaporn, Malee",
     "Srisuk, Chaiyaporn, Wongsawat, Rattanakorn, Saetang, Thongchai, Boonmee, Kaewkla", None),
    ("filipino", "South-East Asia", "gf",
     "Rodel, Jomar, Mark Anthony, Rommel, Jerome, Arnel",
     "Maricel, Liza, Rowena, Jocelyn, Kristine, Analyn",
     "Dela Cruz, Santos, Reyes, Bautista, Villanueva, Mendoza, Macaraeg, Manalo, Pascual", None),
    ("malay_indo", "South-East Asia", "gf",
     "Ahmad, Hafiz, Faizal, Budi, Agus, Rizky",
     "Nurul, Siti, Aisyah, Dewi, Putri, Intan",
     "bin Abdullah, bin Ismail, bin Hassan, Santoso, Wijaya, Hidayat, Saputra",
     "binti Abdullah, binti Ismail, binti Hassan, Santoso, Wijaya, Lestari, Saputri"),
    ("nigerian", "West Africa", "gf",
     "Oluwaseun, Chinedu, Emeka, Babatunde, Ikechukwu, Aliyu",
     "Chiamaka, Ngozi, Funmilayo, Adaeze, Yetunde, Zainab",
     "Okafor, Adeyemi, Okonkwo, Eze, Balogun, Nwosu, Oyelaran, Abubakar, Ogunleye", None),
    ("akan", "West Africa", "gf",
     "Kwame, Kofi, Kwabena, Yaw, Kwaku, Kojo",
     "Akosua, Abena, Efua, Adwoa, Yaa, Afia",
     "Mensah, Asante, Owusu, Boateng, Osei, Appiah, Agyeman, Darko", None),
    ("east_african", "East Africa", "gf",
     "Baraka, Jabari, Mosi, Zuberi, Kibet, Juma",
     "Wanjiku, Achieng, Neema, Zawadi, Nyokabi, Imani",
     "Otieno, Mwangi, Kamau, Ochieng, Njoroge, Wambua, Kiprono, Mutua, Odhiambo", None),
    ("ethiopian", "East Africa", "gf",
     "Abebe, Tesfaye, Dawit, Yohannes, Bereket, Henok",
     "Selamawit, Tigist, Meron, Hiwot, Mekdes, Saba",
     "Tadesse, Gebremedhin, Bekele, Alemu, Wolde, Haile, Girma, Negash", None),
    ("southern_african", "Southern Africa", "gf",
     "Sipho, Thabo, Mandla, Themba, Lwazi, Bongani",
     "Nomvula, Thandiwe, Lindiwe, Zanele, Nokuthula, Ayanda",
     "Dlamini, Nkosi, Ndlovu, Khumalo, Mthembu, Mahlangu, Sithole, Mokoena, van Wyk", None),
    ("pacific", "Pacific", "gf",
     "Tane, Wiremu, Sione, Mikaere, Tevita, Manaia",
     "Aroha, Mere, Losana, Leilani, Mele, Kahurangi",
     "Ngata, Te Rangi, Tuilagi, Fifita, Tamatea, Faleolo, Vainikolo, Tupou, Paewai", None),
    ("andean", "Americas", "gf",
     "Amaru, Inti, Wayra, Kusi, Illari, Yupanki",
     "Killa, Nayra, Sisa, Qori, Ayelen, Wara",
     "Mamani, Quispe, Condori, Huamán, Choque, Ticona, Apaza, Chambi", None),
    ("caucasus", "Caucasus", "gf",
     "Giorgi, Levan, Davit, Armen, Tigran, Vahe",
     "Nino, Ani, Lusine, Anahit, Ketevan, Tamta",
     "Beridze, Kapanadze, Gelashvili, Lomidze, Hovhannisyan, Petrosyan, Sargsyan, Grigoryan", None),
    ("central_asian", "Central Asia", "gf",
     "Yerlan, Aibek, Timur, Rustam, Dauren, Bakhtiyar",
     "Aigerim, Dilnoza, Gulnara, Madina, Zarina, Aizhan",
     "Nurlanov, Abdullaev, Yusupov, Akhmetov, Rakhimov, Zhaksybekov",
     "Nurlanova, Abdullaeva, Yusupova, Akhmetova, Rakhimova, Zhaksybekova"),
    ("caribbean", "Americas", "gf",
     "Dwayne, Jermaine, Akeem, Rohan, Kemar, Delroy",
     "Shanice, Kerry-Ann, Tamika, Latoya, Nadine, Simone",
     "Campbell-Brown, Gayle, Thwaites, Bascombe, Ferguson, Lewis-Grant, Ramdass, Persaud", None),
]

# Pairs written in their own scripts: (lang, given, family, romanised given, romanised family, family_first, sep)
NATIVE = [
    ("ja", "健二", "田中", "Kenji", "Tanaka", True, ""),
    ("ja", "愛子", "鈴木", "Aiko", "Suzuki", True, ""),
    ("ja", "翔", "佐藤", "Sho", "Sato", True, ""),
    ("ja", "美咲", "高橋", "Misaki", "Takahashi", True, ""),
    ("ja", "大輔", "渡辺", "Daisuke", "Watanabe", True, ""),
    ("zh", "伟", "王", "Wei", "Wang", True, ""),
    ("zh", "秀英", "李", "Xiuying", "Li", True, ""),
    ("zh", "建国", "张", "Jianguo", "Zhang", True, ""),
    ("zh", "静", "刘", "Jing", "Liu", True, ""),
    ("zh", "子涵", "陈", "Zihan", "Chen", True, ""),
    ("ko", "민준", "김", "Minjun", "Kim", True, ""),
    ("ko", "서연", "이", "Seoyeon", "Lee", True, ""),
    ("ko", "지호", "박", "Jiho", "Park", True, ""),
    ("ko", "하은", "최", "Haeun", "Choi", True, ""),
    ("ru", "Дмитрий", "Иванов", "Dmitry", "Ivanov", False, " "),
    ("ru", "Ольга", "Смирнова", "Olga", "Smirnova", False, " "),
    ("ru", "Сергей", "Кузнецов", "Sergei", "Kuznetsov", False, " "),
    ("ru", "Наталья", "Попова", "Natalya", "Popova", False, " "),
    ("uk", "Тарас", "Шевченко", "Taras", "Shevchenko", False, " "),
    ("uk", "Оксана", "Коваленко", "Oksana", "Kovalenko", False, " "),
    ("sr", "Милош", "Јовановић", "Milos", "Jovanovic", False, " "),
    ("bg", "Иван", "Петров", "Ivan", "Petrov", False, " "),
    ("kk", "Айгерим", "Нұрланова", "Aigerim", "Nurlanova", False, " "),
    ("el", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", False, " "),
    ("el", "Ελένη", "Γεωργίου", "Eleni", "Georgiou", False, " "),
    ("ar", "محمد", "الفارسي", "Mohammed", "Alfarsi", False, " "),
    ("ar", "فاطمة", "حداد", "Fatima", "Haddad", False, " "),
    ("ar", "خالد", "الراشد", "Khalid", "Alrashid", False, " "),
    ("fa", "رضا", "حسینی", "Reza", "Hosseini", False, " "),
    ("he", "נועה", "כהן", "Noa", "Cohen", False, " "),
    ("he", "איתן", "לוי", "Eitan", "Levi", False, " "),
    ("hi", "राहुल", "शर्मा", "Rahul", "Sharma", False, " "),
    ("hi", "प्रिया", "वर्मा", "Priya", "Verma", False, " "),
    ("ta", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", False, " "),
    ("bn", "সৌরভ", "চট্টোপাধ্যায়", "Sourav", "Chattopadhyay", False, " "),
    ("th", "สมชาย", "ศรีสุข", "Somchai", "Srisuk", False, " "),
    ("th", "ศิริพร", "วงศ์สวัสดิ์", "Siriporn", "Wongsawat", False, " "),
    ("ka", "გიორგი", "ბერიძე", "Giorgi", "Beridze", False, " "),
    ("hy", "Տիգրան", "Պետրոսյան", "Tigran", "Petrosyan", False, " "),
    ("am", "አበበ", "በቀለ", "Abebe", "Bekele", False, " "),
]

NATIVE_FEMALE = {"Aiko", "Misaki", "Xiuying", "Jing", "Zihan", "Seoyeon", "Haeun", "Olga", "Natalya", "Oksana",
                 "Aigerim", "Eleni", "Fatima", "Noa", "Priya", "Siriporn"}

PARTICLES = {"van", "der", "den", "de", "la", "le", "del", "du", "d", "di", "da", "dos", "das", "von", "zu",
             "ter", "op", "t", "bin", "binti", "al", "el", "ó", "ní", "mac", "te", "ait", "dela", "ben"}


def _split(s):
    return [x.strip() for x in s.split(",")] if s else []


def fold(s: str) -> str:
    """ASCII-fold: strip diacritics and map the letters NFKD leaves alone."""
    table = {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
             "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ı": "i", "œ": "oe"}
    s = "".join(table.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class Person:
    __slots__ = ("family", "female", "ff", "given", "native", "rf", "rg", "sep", "trad")

    def __init__(self, given, family, trad, ff=False, rg=None, rf=None, sep=" ", native=False, female=None):
        self.given, self.family, self.trad, self.ff, self.sep = given, family, trad, ff, sep
        self.rg, self.rf, self.native, self.female = rg or given, rf or family, native, female

    def full(self):
        return self.family + self.sep + self.given if self.ff else self.given + self.sep + self.family

    def roman(self):
        return f"{self.rf} {self.rg}" if self.ff else f"{self.rg} {self.rf}"

    def words(self):
        out = []
        for part in (self.given, self.family, self.rg, self.rf, self.full()):
            for w in part.replace("-", " ").replace("'", " ").split():
                if len(w) >= 2 and w.lower() not in PARTICLES:
                    for form in (w, fold(w)):
                        if form not in out:
                            out.append(form)
        return out

    # ascii-only lower-case pieces for accounts and e-mail local parts
    def a_given(self):
        return "".join(ch for ch in fold(self.rg).lower() if ch.isalnum())

    def a_family(self):
        f = self.rf
        for pre in ("bin ", "binti "):
            if f.startswith(pre):
                f = f[len(pre):]
        return "".join(ch for ch in fold(f).lower() if ch.isalnum())


ACCT_STYLES = ["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last", "last.first",
               "first"]


def account(p: Person, rng, style=None, digits=None):
    g, f = p.a_given(), p.a_family()
    style = style or rng.choice(ACCT_STYLES)
    a = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
         "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}",
         "first": g}[style]
    if style == "first" or (digits is None and rng.random() < 0.25) or digits:
        a += str(rng.choice([rng.randint(1, 9), rng.randint(10, 99), rng.randint(1970, 2005)]))
    return a


def build_pools():
    latin = []
    for key, region, order, gm, gf, sm, sf in TRADITIONS:
        sm_l, sf_l = _split(sm), _split(sf) if sf else None
        latin.append((key, region, order, _split(gm), _split(gf), sm_l, sf_l))
    return latin


LATIN = build_pools()


def draw_person(rng, native_share=0.12):
    if rng.random() < native_share:
        lang, g, f, rg, rf, ff, sep = rng.choice(NATIVE)
        return Person(g, f, "native-" + lang, ff=ff, rg=rg, rf=rf, sep=sep, native=True,
                      female=rg in NATIVE_FEMALE)
    key, region, order, gm, gf, sm, sf = rng.choice(LATIN)
    female = rng.random() < 0.5
    given = rng.choice(gf if female else gm)
    i = rng.randrange(len(sm))
    family = sf[i] if (female and sf) else sm[i]
    ff = order == "fg" or (order == "mix" and rng.random() < 0.5)
    return Person(given, family, key, ff=ff, female=female)


def stats():
    given, fam = set(), set()
    for key, region, order, gm, gf, sm, sf in LATIN:
        given.update(gm + gf)
        fam.update(sm + (sf or []))
    for row in NATIVE:
        given.add(row[1]); fam.add(row[2])
    return {"traditions": len(LATIN) + len({r[0] for r in NATIVE}), "latin_traditions": len(LATIN),
            "given": len(given), "surnames": len(fam), "native_pairs": len(NATIVE),
            "native_langs": len({r[0] for r in NATIVE})}

# ruff: noqa: UP031
"""Hand-written name lists for pack_l (no library, not copied from any other set).

Each tradition: (key, region, order, male given names, female given names, surnames).
order: "gf" given-first, "fg" family-first (native), "mix" family-first half of the time.
A surname written "M/F" has a gendered pair (masculine/feminine form).
"""

TRADITIONS = [
    ("en_us", "Americas", "gf", "James, Michael, Robert, Daniel, Tyler, Brandon, Kevin, Jason, Marcus, Dwayne, Cody",
     "Jennifer, Ashley, Megan, Brittany, Emily, Kayla, Lauren, Tiffany, Danielle, Courtney",
     "Johnson, Williams, Miller, Davis, Anderson, Thompson, Harris, Robinson, Walker, Mitchell, Sullivan"),
    ("en_gb", "Europe", "gf", "Oliver, Harry, Alfie, Callum, Jamie, Rhys, Owen, Toby, Nigel",
     "Amelia, Poppy, Imogen, Harriet, Freya, Bethany, Sian, Gemma, Philippa",
     "Clarke, Hughes, Wright, Turner, Cooper, Ward, Pemberton, Ashworth, Fairbairn, Whitlock, Hollis"),
    ("ga_ie", "Europe", "gf", "Seán, Cian, Oisín, Darragh, Ciarán, Pádraig, Eoin",
     "Aoife, Niamh, Saoirse, Siobhán, Caoimhe, Róisín, Gráinne",
     "O'Brien, O'Sullivan, Ó Briain/Ní Bhriain, Ó Conaill/Ní Chonaill, Murphy, Byrne, Kavanagh, McCarthy, O'Donoghue"),
    ("gd_sc", "Europe", "gf", "Hamish, Angus, Alasdair, Euan, Ruaridh", "Kirsty, Morag, Isla, Eilidh, Catriona",
     "MacLeod, MacDonald, McGregor, Sutherland, Mackenzie, MacAulay, Cruickshank"),
    ("de", "Europe", "gf", "Lukas, Jonas, Maximilian, Florian, Tobias, Jürgen, Klaus-Peter, Matthias, Dieter",
     "Lena, Katharina, Ursula, Anneliese, Jana, Birgit, Hannelore, Franziska",
     "Müller, Schmidt, Schneider, Fischer, Weber, Becker, Hoffmann, Schäfer, von Bülow, zu Eltz, Großmann, Köhler, Brandauer"),
    ("nl", "Europe", "gf", "Daan, Sem, Bram, Jeroen, Pieter, Sander, Thijs", "Fleur, Anouk, Sanne, Femke, Lotte, Marieke, Ilse",
     "de Vries, van den Berg, van der Meer, Jansen, Bakker, Visser, de Jong, van 't Hof, ter Horst, Smit, Hendriks, Mulder"),
    ("fr", "Europe", "gf", "Thibault, Mathieu, Julien, Étienne, Benoît, Jean-Luc, Loïc, Gaëtan",
     "Camille, Chloé, Élodie, Margaux, Anaïs, Océane, Marie-Claire, Ségolène",
     "Dubois, Lefèvre, Moreau, Girard, Rousseau, de la Fontaine, Le Goff, d'Almeida, Fournier, Bonnet, Chevalier, Mercier"),
    ("es", "Europe", "gf", "Alejandro, Javier, Álvaro, Íñigo, Sergio, Rubén, José Luis, Gonzalo",
     "Lucía, Carmen, Ainhoa, Nerea, Begoña, María José, Paloma, Rocío",
     "García López, Fernández Ruiz, Martínez de la Cruz, Sánchez, Rodríguez, Gómez Ortega, Ortuño, Jiménez, Navarro, Iglesias, Domínguez"),
    ("es_mx", "Americas", "gf", "Juan Carlos, Luis Ángel, Emiliano, Santiago, Diego, Joaquín",
     "Guadalupe, Ximena, Fernanda, Itzel, Valeria, Citlali",
     "Hernández, Ramírez, Cruz, Morales, Reyes, Castillo, Villaseñor, Garza, Zúñiga, Olvera"),
    ("pt_br", "Americas", "gf", "João, Thiago, Gustavo, Rafael, Leandro, Vinícius, Caio",
     "Ana Clara, Larissa, Beatriz, Juliana, Thaís, Gabriela, Luana",
     "da Silva, dos Santos, Oliveira, Souza, Pereira, Carvalho, Nascimento, Araújo, Bittencourt"),
    ("pt", "Europe", "gf", "Tiago, Duarte, Rui, Gonçalo, Afonso", "Inês, Leonor, Mariana, Joana, Matilde",
     "Ferreira, Rodrigues, Gonçalves, Sousa, Magalhães, Fonseca, dos Reis, Sequeira"),
    ("it", "Europe", "gf", "Giuseppe, Alessandro, Lorenzo, Matteo, Davide, Gianluca, Salvatore",
     "Giulia, Chiara, Francesca, Martina, Alessia, Federica, Benedetta",
     "Rossi, Russo, Bianchi, Romano, Esposito, Ricci, De Luca, Di Stefano, Colombo, Marchetti, Bevilacqua"),
    ("pl", "Europe", "gf", "Jakub, Piotr, Krzysztof, Tomasz, Paweł, Łukasz, Grzegorz",
     "Zofia, Agnieszka, Katarzyna, Małgorzata, Joanna, Magdalena, Bożena",
     "Kowalski/Kowalska, Wiśniewski/Wiśniewska, Lewandowski/Lewandowska, Zieliński/Zielińska, Nowak, Wójcik, "
     "Kamiński/Kamińska, Dąbrowski/Dąbrowska, Szymański/Szymańska, Grabowski/Grabowska"),
    ("cs", "Europe", "gf", "Jiří, Tomáš, Ondřej, Vojtěch, Lukáš, Radek", "Tereza, Eliška, Lucie, Kateřina, Veronika, Zdeňka",
     "Novák/Nováková, Svoboda/Svobodová, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá"),
    ("ru", "Europe", "gf", "Dmitry, Sergey, Alexei, Nikolai, Vladimir, Artyom, Yevgeny",
     "Olga, Tatiana, Ekaterina, Anastasia, Natalia, Svetlana, Lyudmila",
     "Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Popov/Popova, Sokolov/Sokolova, Volkov/Volkova, "
     "Morozov/Morozova, Lebedev/Lebedeva, Zaitsev/Zaitseva"),
    ("uk", "Europe", "gf", "Taras, Bohdan, Oleksandr, Andriy, Yaroslav, Mykola", "Oksana, Olena, Iryna, Yulia, Khrystyna, Halyna",
     "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchuk, Melnyk, Boyko, Oliynyk, Hrytsenko"),
    ("el", "Europe", "gf", "Giorgos, Dimitrios, Konstantinos, Nikos, Yannis, Stavros", "Eleni, Katerina, Despina, Vasiliki, Athina",
     "Papadopoulos/Papadopoulou, Nikolaidis/Nikolaidi, Georgiou, Pappas/Pappa, Oikonomou, Karagiannis/Karagianni, Vlachos/Vlachou"),
    ("hu", "Europe", "fg", "Bence, Levente, Zoltán, Gábor, Attila, Csaba", "Zsófia, Réka, Eszter, Katalin, Anikó, Boglárka",
     "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas"),
    ("sv", "Europe", "gf", "Erik, Lars, Anders, Oskar, Johan, Björn", "Astrid, Ingrid, Maja, Elsa, Linnéa, Sigrid",
     "Andersson, Johansson, Karlsson, Nilsson, Lindqvist, Bergström, Sjöberg, Åkesson"),
    ("no_da", "Europe", "gf", "Magnus, Henrik, Søren, Mads, Rasmus, Eskil", "Ingeborg, Sunniva, Mette, Freja, Kirsten, Solveig",
     "Hansen, Pedersen, Kristiansen, Haugen, Bakken, Sørensen, Jørgensen, Østergaard"),
    ("fi", "Europe", "gf", "Mikko, Juha, Antti, Eero, Ville, Tapani", "Aino, Aili, Satu, Kaisa, Tuulikki, Päivi",
     "Korhonen, Virtanen, Mäkinen, Nieminen, Hämäläinen, Järvinen, Koskinen, Heikkilä"),
    ("is", "Europe", "gf", "Guðmundur, Sigurður, Gunnar, Einar, Þórður", "Guðrún, Sigríður, Katrín, Helga, Þórdís",
     "Jónsson/Jónsdóttir, Sigurðsson/Sigurðardóttir, Magnússon/Magnúsdóttir, Ólafsson/Ólafsdóttir, Stefánsson/Stefánsdóttir"),
    ("lt", "Europe", "gf", "Mantas, Darius, Vytautas, Giedrius", "Rūta, Eglė, Ieva, Giedrė",
     "Kazlauskas/Kazlauskienė, Jankauskas/Jankauskienė, Petrauskas/Petrauskienė, Stankevičius/Stankevičienė"),
    ("sq", "Europe", "gf", "Arben, Besnik, Dritan, Ilir", "Arta, Blerina, Jonida, Drita",
     "Hoxha, Krasniqi, Berisha, Gashi, Shala"),
    ("tr", "Middle East", "gf", "Mehmet, Mustafa, Emre, Burak, Oğuz, Serkan, Çağlar",
     "Ayşe, Elif, Zeynep, Gülşen, Büşra, Şeyma", "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan"),
    ("ro", "Europe", "gf", "Andrei, Mihai, Ionuț, Răzvan, Cristian, Sorin", "Ioana, Andreea, Mădălina, Roxana, Corina",
     "Popescu, Ionescu, Dumitrescu, Stănescu, Munteanu, Ștefănescu, Lungu, Georgescu"),
    ("sh", "Europe", "gf", "Miloš, Nikola, Dragan, Stjepan, Goran, Zoran", "Jelena, Milica, Ivana, Snežana, Dragana",
     "Jovanović, Petrović, Horvat, Kovačević, Babić, Marić, Nikolić, Đorđević"),
    ("ar", "Middle East", "gf", "Mohammed, Abdullah, Khalid, Faisal, Omar, Tariq, Youssef, Hussein",
     "Fatima, Aisha, Noura, Maryam, Layla, Rania, Huda",
     "Al-Harbi, Al-Qahtani, Al-Mansouri, Al Nuaimi, bin Saeed, Haddad, Khoury, Nasrallah, Abdel-Rahman, Al-Masri, Shaheen"),
    ("ar_maghreb", "North Africa", "gf", "Karim, Mehdi, Amine, Yassine, Hamza, Mahmoud",
     "Salma, Imane, Nadia, Khadija, Yasmine, Samira", "El Amrani, Benali, Bouzid, El-Sayed, Mansour, Chaouch, Ben Youssef, Tawfik"),
    ("fa", "Middle East", "gf", "Reza, Arash, Dariush, Kourosh, Babak", "Shirin, Parisa, Negar, Roya, Azadeh",
     "Hosseini, Mohammadi, Rahimi, Karimi, Tehrani, Jafari, Sadeghi, Moradi"),
    ("he", "Middle East", "gf", "Yosef, Eitan, Avraham, Noam, Ariel, Itai", "Tamar, Noa, Yael, Shira, Michal, Orly",
     "Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Ben-David, Goldstein"),
    ("caucasus", "Caucasus", "gf", "Aram, Tigran, Levan, Giorgi, Davit, Nodar", "Anahit, Nino, Tamuna, Lusine, Mariam",
     "Petrosyan, Hakobyan, Sargsyan, Grigoryan, Beridze, Kapanadze, Gelashvili, Tsiklauri, Lomidze"),
    ("central_asia", "Central Asia", "gf", "Nursultan, Timur, Azamat, Rustam, Elchin, Dauren",
     "Aigerim, Dilnoza, Gulnara, Madina, Aysel",
     "Nurlanov/Nurlanova, Akhmetov/Akhmetova, Karimov/Karimova, Aliyev/Aliyeva, Mammadov/Mammadova, Tursunov/Tursunova"),
    ("hi_north", "South Asia", "gf", "Rahul, Arjun, Vikram, Rohan, Aditya, Siddharth, Harsh",
     "Priya, Ananya, Neha, Pooja, Kavya, Shreya, Ishita",
     "Sharma, Verma, Gupta, Agarwal, Mehta, Chauhan, Joshi, Malhotra, Kapoor, Srivastava"),
    ("in_south", "South Asia", "gf", "Karthik, Venkatesh, Suresh, Arun, Prakash, Srinivas",
     "Lakshmi, Divya, Meenakshi, Revathi, Deepa, Aishwarya",
     "Iyer, Nair, Reddy, Pillai, Subramanian, Krishnamurthy, Venkataraman, Menon, Naidu"),
    ("bn", "South Asia", "gf", "Arnab, Sourav, Debashis, Tanvir, Rafiq", "Rituparna, Moushumi, Tahmina, Nusrat, Sharmin",
     "Chatterjee, Banerjee, Mukherjee, Das, Chowdhury, Rahman, Hossain, Bhattacharya, Ghosh"),
    ("pk_pa", "South Asia", "gf", "Imran, Usman, Bilal, Waqar, Zeeshan, Gurpreet, Harjit",
     "Ayesha, Sana, Mehwish, Hina, Jaspreet, Manpreet",
     "Khan, Qureshi, Malik, Chaudhry, Siddiqui, Sandhu, Gill, Dhillon, Grewal"),
    ("zh", "East Asia", "mix", "Wei, Jun, Hao, Zhiqiang, Haoran, Jianguo, Yifan", "Jing, Xiaoling, Mei, Yuqing, Xinyi, Lihua",
     "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Xu, Sun, Ouyang"),
    ("yue", "East Asia", "mix", "Ka-wai, Chun-kit, Wing-hong", "Mei-ling, Wai-yee, Suet-ying",
     "Chan, Wong, Leung, Cheung, Lau, Tsang, Ng"),
    ("ja", "East Asia", "mix", "Hiroshi, Takeshi, Kenji, Haruto, Ryota, Daisuke",
     "Yuki, Aiko, Haruka, Misaki, Sakura, Naoko", "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida"),
    ("ko", "East Asia", "mix", "Min-jun, Ji-hoon, Seo-jun, Dong-hyun, Sung-min, Jae-won",
     "Seo-yeon, Ji-woo, Min-seo, Ha-eun, Soo-jin, Eun-ji", "Kim, Lee, Park, Choi, Jung, Kang, Yoon, Jang, Lim"),
    ("vi", "South-East Asia", "fg", "Văn Minh, Đức Anh, Quốc Bảo, Thành Long, Hoàng Nam",
     "Thị Mai, Ngọc Lan, Thu Trang, Thị Hương, Phương Linh", "Nguyễn, Trần, Phạm, Huỳnh, Phan, Vũ, Đặng, Bùi"),
    ("tl", "South-East Asia", "gf", "Jose Mari, Rommel, Jerome, Mark Anthony, Ramil", "Maricel, Rowena, Jocelyn, Kristine, Lorna",
     "Dela Cruz, Santos, Bautista, Villanueva, Mercado, Macaraeg, Dimaculangan, Aquino"),
    ("id_ms", "South-East Asia", "gf", "Budi, Agus, Hendra, Wahyu, Rizky, Ahmad, Faizal", "Siti, Dewi, Putri, Nurul, Indah, Farah",
     "Santoso, Wijaya, Hidayat, Setiawan, Kusuma, Saputra, bin Ismail/binti Ismail, bin Abdullah/binti Abdullah"),
    ("th", "South-East Asia", "gf", "Somchai, Anan, Prasert, Thanawat, Kittisak", "Siriporn, Kanokwan, Pimchanok, Nattaya, Waraporn",
     "Srisuk, Chaiyaporn, Wongsawat, Rattanakorn, Saetang, Suwannarat, Thongchai"),
    ("yo", "West Africa", "gf", "Oluwaseun, Babatunde, Adebayo, Olumide, Tunde", "Folake, Adeola, Titilayo, Yetunde, Funmilayo",
     "Adeyemi, Ogunleye, Adebisi, Olaniyan, Balogun, Oyelaran, Afolabi"),
    ("ig_ha", "West Africa", "gf", "Chinedu, Emeka, Obinna, Ikenna, Abubakar, Musa", "Ngozi, Chiamaka, Adaeze, Amina, Zainab",
     "Okafor, Okonkwo, Eze, Nwosu, Chukwu, Ibrahim, Abdullahi, Bello, Umar"),
    ("ak", "West Africa", "gf", "Kwame, Kofi, Kwabena, Yaw, Kojo", "Ama, Akosua, Abena, Efua, Adwoa",
     "Mensah, Owusu, Asante, Boateng, Acheampong, Osei, Darko, Appiah"),
    ("sw", "East Africa", "gf", "Baraka, Juma, Jabari, Tumaini, Amani", "Wanjiru, Achieng, Nyokabi, Zawadi, Neema",
     "Otieno, Kamau, Mwangi, Njoroge, Wanjala, Kiprotich, Mutua, Odhiambo"),
    ("am", "East Africa", "gf", "Tesfaye, Dawit, Yohannes, Getachew, Bereket", "Selam, Meron, Hiwot, Tigist, Almaz",
     "Bekele, Tadesse, Gebremedhin, Haile, Wolde, Alemu, Kebede, Desta"),
    ("za", "Southern Africa", "gf", "Sipho, Thabo, Mandla, Lwazi, Bongani, Pieter-Jan", "Nomvula, Thandiwe, Lerato, Zanele, Nokuthula",
     "Dlamini, Nkosi, Ndlovu, Khumalo, Mokoena, Mahlangu, Mthembu, van Wyk, Botha"),
    ("andes", "Americas", "gf", "Wilmer, Jhon, Percy, Edison, Yonatan", "Yesenia, Milagros, Rosario, Nayeli, Sumaq",
     "Quispe, Mamani, Huamán, Condori, Yupanqui, Apaza, Choque, Ccahuana"),
    ("caribbean", "Americas", "gf", "Dwight, Delroy, Kemar, Ravindra, Akeem", "Shanice, Kadian, Latoya, Tameka, Nadine",
     "Brown, Grant, McKenzie, Samuels, Bailey, Ramdial, Persad, Thwaites"),
    ("pacific", "Pacific", "gf", "Tane, Wiremu, Sione, Manaia, Tevita", "Aroha, Mere, Losana, Hine, Ana-Lisa",
     "Ngata, Te Rangi, Tuiasosopo, Fonoti, Taufa, Parata, Leota, Faleolo"),
]

# Pairs written in their own scripts: (lang, native given, native family, roman given, roman family, female)
# CJK and Korean are written family-first with no space; the others given-first with a space.
NATIVE = [
    ("ja", "太郎", "山田", "Taro", "Yamada", 0), ("ja", "花子", "佐藤", "Hanako", "Sato", 1),
    ("ja", "健一", "鈴木", "Kenichi", "Suzuki", 0), ("ja", "美咲", "高橋", "Misaki", "Takahashi", 1),
    ("zh", "伟", "王", "Wei", "Wang", 0), ("zh", "娜", "李", "Na", "Li", 1), ("zh", "静", "张", "Jing", "Zhang", 1),
    ("zh", "志强", "陈", "Zhiqiang", "Chen", 0), ("zh", "洋", "刘", "Yang", "Liu", 0),
    ("ko", "민준", "김", "Minjun", "Kim", 0), ("ko", "서연", "이", "Seoyeon", "Lee", 1), ("ko", "지훈", "박", "Jihoon", "Park", 0),
    ("ru", "Иван", "Петров", "Ivan", "Petrov", 0), ("ru", "Ольга", "Смирнова", "Olga", "Smirnova", 1),
    ("ru", "Дмитрий", "Кузнецов", "Dmitry", "Kuznetsov", 0), ("uk", "Олена", "Шевченко", "Olena", "Shevchenko", 1),
    ("uk", "Тарас", "Коваленко", "Taras", "Kovalenko", 0), ("bg", "Георги", "Иванов", "Georgi", "Ivanov", 0),
    ("sr", "Милош", "Јовановић", "Milos", "Jovanovic", 0), ("el", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", 0),
    ("el", "Ελένη", "Νικολάου", "Eleni", "Nikolaou", 1), ("ar", "أحمد", "حسن", "Ahmed", "Hassan", 0),
    ("ar", "فاطمة", "علي", "Fatima", "Ali", 1), ("ar", "ليلى", "منصور", "Layla", "Mansour", 1),
    ("fa", "رضا", "احمدی", "Reza", "Ahmadi", 0), ("fa", "مریم", "کریمی", "Maryam", "Karimi", 1),
    ("he", "דוד", "כהן", "David", "Cohen", 0), ("he", "נועה", "לוי", "Noa", "Levi", 1),
    ("hi", "राहुल", "शर्मा", "Rahul", "Sharma", 0), ("hi", "प्रिया", "वर्मा", "Priya", "Verma", 1),
    ("mr", "अमोल", "पाटील", "Amol", "Patil", 0), ("bn", "অমিত", "দাস", "Amit", "Das", 0),
    ("ta", "அருண்", "குமார்", "Arun", "Kumar", 0), ("te", "రవి", "రెడ్డి", "Ravi", "Reddy", 0),
    ("th", "สมชาย", "ใจดี", "Somchai", "Jaidee", 0), ("th", "สมศรี", "มีสุข", "Somsri", "Meesuk", 1),
    ("ka", "გიორგი", "ბერიძე", "Giorgi", "Beridze", 0), ("hy", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", 0),
    ("am", "ሰላም", "ተስፋዬ", "Selam", "Tesfaye", 1), ("pa", "ਹਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Harpreet", "Singh", 0),
]
FAMILY_FIRST_SCRIPTS = {"ja", "zh", "ko"}

# Particles and connectors: not checked alone by the leak check (they are ordinary words in many languages).
PARTICLES = {"van", "der", "den", "de", "del", "la", "le", "du", "da", "dos", "das", "di", "von", "zu", "ter", "ten",
             "t", "bin", "binti", "ibn", "al", "el", "ben", "o", "ó", "ní", "d", "te", "dela", "y"}


def _split(s):
    return [x.strip() for x in s.split(",") if x.strip()]


def load():
    trads = []
    for key, region, order, m, f, s in TRADITIONS:
        sur = []
        for x in _split(s):
            a, _, b = x.partition("/")
            sur.append((a, b or a))
        trads.append({"key": key, "region": region, "order": order, "m": _split(m), "f": _split(f), "s": sur})
    return trads


def stats():
    trads = load()
    given = {g for t in trads for g in t["m"] + t["f"]}
    sur = {x for t in trads for a, b in t["s"] for x in (a, b)}
    return len(trads), len(given), len(sur), len(NATIVE), len({t["region"] for t in trads})


if __name__ == "__main__":
    print("traditions=%d given=%d surnames=%d native_pairs=%d regions=%d" % stats())

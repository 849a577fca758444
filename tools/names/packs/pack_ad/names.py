"""Hand-written name lists for pack_ad (pharmacy and drug safety).

Written from general knowledge for this pack; no name package and no copied list.
Each tradition: region, given names (m, f), surnames, and the order of the full name
("gf" given first, "fg" family first, "cjk" family first half of the time when romanised).
A surname written "A/B" has a masculine form A and a feminine form B.
Run `python names.py` to print the figures.
"""

from __future__ import annotations


def _s(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


TRADITIONS: dict[str, dict] = {
    # ---- Europe ----
    "en_gb": dict(region="Europe", order="gf",
                  m=_s("Oliver, Harry, George, Jack, Thomas, Callum, Rhys, Alfie, Jamie, Owen, Declan, Tobias"),
                  f=_s("Amelia, Isla, Poppy, Charlotte, Imogen, Harriet, Freya, Niamh, Eleanor, Bethan, Jess"),
                  s=_s("Whitfield, Ashworth, Pemberton, Clarke, Hughes, Barraclough, Entwistle, Thorne, Rowntree, "
                       "Haworth, Fairbairn, Oakley, Marsh, Threlfall, Pickering")),
    "en_us": dict(region="Americas", order="gf",
                  m=_s("Tyler, Brandon, Dwayne, Cody, Marcus, Trevor, Garrett, DeShawn, Wyatt, Hunter, Chase, Grant"),
                  f=_s("Brittany, Kayla, Madison, Shaniqua, Destiny, Courtney, Hope, Dawn, Summer, April, Faith"),
                  s=_s("Holloway, McAllister, Jefferson, Whitaker, Brennan, Castellano, Kowalczyk, Dubois, "
                       "Washington, Page, Hunter, Rose, Lane, Bishop, Mason, Love, Grant, Price")),
    "ie": dict(region="Europe", order="gf",
               m=_s("Cian, Oisín, Seán, Pádraig, Darragh, Ruairí, Colm, Eoin, Tadhg"),
               f=_s("Aoife, Siobhán, Róisín, Saoirse, Caoimhe, Gráinne, Orla, Clodagh"),
               s=_s("O'Sullivan, Ó Briain/Ní Bhriain, Mac Giolla, McGrath, Fitzgerald, O'Donoghue, "
                    "Mac Cárthaigh/Nic Cárthaigh, Ó Súilleabháin/Ní Shúilleabháin, Kavanagh")),
    "de": dict(region="Europe", order="gf",
               m=_s("Jörg, Klaus-Peter, Lukas, Maximilian, Dieter, Jürgen, Florian, Till, Hans-Jürgen, Matthias"),
               f=_s("Anneliese, Jutta, Hannelore, Svenja, Lea-Sophie, Birgit, Marlene, Ute, Friederike"),
               s=_s("Müller, Schröder, von Bülow, Weißmann, Hoffmann, zu Eltz, Brandstätter, Krüger, Oberhuber, "
                    "Groß, Wagner, Lindemann, Fuchs")),
    "fr": dict(region="Europe", order="gf",
               m=_s("Jean-Baptiste, Théo, Loïc, Benoît, Jérôme, Gaël, Mathis, Hervé, Yannick"),
               f=_s("Anne-Sophie, Océane, Maëlle, Bérénice, Ségolène, Camille, Agathe, Solène, Inès"),
               s=_s("Lefèvre, Dubois, de la Fontaine, Le Goff, d'Arcy, Moreau, Garnier, Fournier, Du Pont, "
                    "Rousseau, Chevalier, Lemaire")),
    "nl": dict(region="Europe", order="gf",
               m=_s("Joost, Sander, Bram, Maarten, Pieter, Thijs, Wouter, Gijs"),
               f=_s("Femke, Sanne, Lotte, Anouk, Marieke, Fenna, Ilse, Noor"),
               s=_s("van der Berg, de Vries, van 't Hof, ter Horst, Bakker, Visser, van Dijk, de Jong, "
                    "Smit, Vermeulen, Janssen, van den Broek")),
    "es": dict(region="Europe", order="gf",
               m=_s("José Luis, Íñigo, Álvaro, Sergio, Xavier, Jordi, Rubén, Gonzalo, Joaquín"),
               f=_s("María José, Ainhoa, Nerea, Lucía, Begoña, Montserrat, Rocío, Itziar, Pilar"),
               s=_s("García Márquez, Fernández, Ortuño y Ortuño, Rodríguez, de la Cruz, Iglesias, Sánchez, "
                    "Etxeberria, Martín, Peña, Ibáñez, Castro")),
    "pt": dict(region="Europe", order="gf",
               m=_s("João, Tiago, Gonçalo, Rui, Duarte, Vasco, Nuno"),
               f=_s("Inês, Beatriz, Leonor, Margarida, Conceição, Filipa, Joana"),
               s=_s("dos Santos, Gonçalves, da Silva, Magalhães, Pereira, Carvalho, Azevedo, Sousa")),
    "it": dict(region="Europe", order="gf",
               m=_s("Giuseppe, Lorenzo, Alessandro, Pierluigi, Matteo, Gianluca, Niccolò, Salvatore"),
               f=_s("Giulia, Chiara, Francesca, Maria Grazia, Alessia, Benedetta, Ilaria, Lucrezia"),
               s=_s("Esposito, De Luca, Lo Bianco, Ricci, Colombo, D'Angelo, Bianchi, Ferrara, Di Stefano, "
                    "Russo, Marchetti")),
    "pl": dict(region="Europe", order="gf",
               m=_s("Łukasz, Grzegorz, Wojciech, Paweł, Tomasz, Krzysztof, Bartłomiej, Jakub"),
               f=_s("Agnieszka, Małgorzata, Katarzyna, Zofia, Joanna, Ewelina, Dorota, Bożena"),
               s=_s("Kowalski/Kowalska, Wiśniewski/Wiśniewska, Nowak, Lewandowski/Lewandowska, Wójcik, "
                    "Zieliński/Zielińska, Szymański/Szymańska, Dąbrowski/Dąbrowska, Kamiński/Kamińska")),
    "cs": dict(region="Europe", order="gf",
               m=_s("Jiří, Tomáš, Ondřej, Vojtěch, Lukáš, Radek"),
               f=_s("Kateřina, Lenka, Zuzana, Tereza, Markéta, Jana"),
               s=_s("Dvořák/Dvořáková, Novotný/Novotná, Černý/Černá, Procházka/Procházková, "
                    "Svoboda/Svobodová, Kučera/Kučerová, Horák/Horáková")),
    "ru": dict(region="Europe", order="gf",
               m=_s("Dmitri, Sergei, Aleksandr, Mikhail, Vladimir, Yevgeny, Konstantin"),
               f=_s("Yekaterina, Natalia, Olga, Svetlana, Anastasia, Ksenia, Tatiana"),
               s=_s("Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Volkov/Volkova, "
                    "Sokolov/Sokolova, Morozov/Morozova, Lebedev/Lebedeva")),
    "uk": dict(region="Europe", order="gf",
               m=_s("Oleksandr, Taras, Bohdan, Mykola, Andriy, Yurii"),
               f=_s("Oksana, Iryna, Halyna, Solomiia, Yuliia, Nataliia"),
               s=_s("Shevchenko, Kovalenko, Bondarenko, Tkachenko, Melnyk, Kravchuk, Boiko, Hrytsenko")),
    "el": dict(region="Europe", order="gf",
               m=_s("Georgios, Konstantinos, Dimitrios, Panagiotis, Nikolaos, Vasileios"),
               f=_s("Eleni, Vasiliki, Aikaterini, Paraskevi, Despoina, Sofia"),
               s=_s("Papadopoulos/Papadopoulou, Nikolaidis/Nikolaidou, Georgiou, Konstantinidis/Konstantinidou, "
                    "Oikonomou, Karagiannis/Karagianni")),
    "hr": dict(region="Europe", order="gf",
               m=_s("Ivan, Marko, Dražen, Goran, Stjepan, Nikola, Dušan"),
               f=_s("Ivana, Marija, Snježana, Jelena, Dragana, Milica"),
               s=_s("Horvat, Kovačević, Babić, Marić, Jurić, Petrović, Đorđević, Nikolić")),
    "ro": dict(region="Europe", order="gf",
               m=_s("Mihai, Andrei, Ștefan, Răzvan, Bogdan, Ionuț"),
               f=_s("Ioana, Andreea, Mădălina, Alexandra, Roxana, Simona"),
               s=_s("Popescu, Ionescu, Dumitrescu, Stănescu, Constantin, Munteanu, Țăranu")),
    "hu": dict(region="Europe", order="fg",
               m=_s("László, Zoltán, Gábor, Bence, Ferenc, Attila"),
               f=_s("Zsófia, Erzsébet, Katalin, Ildikó, Réka, Boglárka"),
               s=_s("Nagy, Kovács, Szabó, Tóth, Horváth, Varga, Kiss, Molnár, Farkas")),
    "fi": dict(region="Europe", order="gf",
               m=_s("Juha, Mikko, Antti, Ville, Jukka, Tuomas"),
               f=_s("Aino, Helmi, Sanna, Tuula, Riikka, Kaisa"),
               s=_s("Virtanen, Mäkinen, Korhonen, Nieminen, Hämäläinen, Järvinen, Koskinen")),
    "sv": dict(region="Europe", order="gf",
               m=_s("Björn, Anders, Henrik, Lars-Erik, Oskar, Göran"),
               f=_s("Ingrid, Åsa, Linnéa, Maja, Britt-Marie, Elsa"),
               s=_s("Lindqvist, Johansson, Åberg, Sjöberg, Nyström, Engström, Bergqvist")),
    "da_no": dict(region="Europe", order="gf",
                  m=_s("Søren, Rasmus, Magnus, Håkon, Eirik, Torbjørn"),
                  f=_s("Sigrid, Kirsten, Mette, Solveig, Ingeborg, Trine"),
                  s=_s("Jørgensen, Christensen, Haugen, Bakke, Kristiansen, Nørgaard, Solberg")),
    "is": dict(region="Europe", order="gf", patronymic=True,
               m=_s("Guðmundur, Sigurður, Ólafur, Gunnar, Einar, Þórður"),
               f=_s("Guðrún, Sigríður, Kristín, Helga, Jóhanna, Þóra"),
               s=_s("")),
    "tr": dict(region="Europe", order="gf",
               m=_s("Mehmet, Mustafa, Emre, Burak, Ahmet, Oğuz, Çağrı"),
               f=_s("Ayşe, Elif, Zeynep, Gülşen, Şeyma, Özlem, Büşra"),
               s=_s("Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Doğan, Arslan")),
    "lt_lv": dict(region="Europe", order="gf",
                  m=_s("Jonas, Mindaugas, Aivars, Jānis, Darius, Kęstutis"),
                  f=_s("Rūta, Ieva, Līga, Inga, Dace, Aušra"),
                  s=_s("Kazlauskas/Kazlauskienė, Petrauskas/Petrauskienė, Bērziņš/Bērziņa, "
                       "Ozoliņš/Ozoliņa, Jankauskas/Jankauskaitė")),
    "cy_gd": dict(region="Europe", order="gf",
                  m=_s("Dafydd, Gethin, Iolo, Hamish, Ruaridh, Lachlan"),
                  f=_s("Angharad, Cerys, Eilidh, Morag, Catrìona, Seren"),
                  s=_s("ap Rhys, Llewellyn, MacLeod, MacDonald, Pritchard, Urquhart, Morgan-Jones")),
    # ---- Middle East and North Africa ----
    "ar_levant": dict(region="MENA", order="gf",
                      m=_s("Omar, Khaled, Tareq, Samir, Rami, Ziad, Fadi"),
                      f=_s("Layla, Rania, Nour, Hala, Dima, Yasmin, Lina"),
                      s=_s("Haddad, Al-Khatib, Khoury, Nassar, Abou Jaoude, Mansour, El-Masri, Saleh")),
    "ar_gulf": dict(region="MENA", order="gf",
                    m=_s("Abdullah, Faisal, Sultan, Hamad, Abdulrahman, Majed"),
                    f=_s("Noura, Maha, Reem, Aisha, Latifa, Hessa"),
                    s=_s("Al-Qahtani, Al Mansoori, Al-Harbi, bin Rashid, Al Nahyan, Al-Otaibi")),
    "ar_maghreb": dict(region="MENA", order="gf",
                       m=_s("Youssef, Mehdi, Karim, Rachid, Hicham, Abdelkader"),
                       f=_s("Fatima-Zahra, Imane, Khadija, Samira, Salma, Houda"),
                       s=_s("Benali, El Amrani, Bouzid, Cherkaoui, Ait Ouahmane, Belkacem, Abdelaziz")),
    "fa": dict(region="MENA", order="gf",
               m=_s("Reza, Mehdi, Arash, Dariush, Kourosh, Behnam"),
               f=_s("Shirin, Parisa, Maryam, Niloufar, Azadeh, Roya"),
               s=_s("Hosseini, Rahimi, Tehrani, Moradi, Karimi, Jafari, Ghorbani")),
    "he": dict(region="MENA", order="gf",
               m=_s("Yossi, Avraham, Eitan, Noam, Itai, Moshe"),
               f=_s("Tamar, Noa, Shira, Yael, Michal, Efrat"),
               s=_s("Cohen, Levi, Mizrahi, Peretz, Ben-David, Friedman, Avraham")),
    # ---- South Asia ----
    "hi": dict(region="South Asia", order="gf",
               m=_s("Rohit, Aditya, Vikram, Sandeep, Arjun, Rajesh, Anil"),
               f=_s("Priya, Ananya, Kavita, Sunita, Deepika, Pooja, Meenakshi"),
               s=_s("Sharma, Gupta, Verma, Agarwal, Chauhan, Malhotra, Srivastava, Joshi")),
    "ta_te": dict(region="South Asia", order="gf",
                  m=_s("Karthik, Senthil, Venkatesh, Murugan, Srinivas, Balaji"),
                  f=_s("Lakshmi, Divya, Revathi, Kavya, Padma, Swathi"),
                  s=_s("Subramanian, Ramasamy, Krishnamurthy, Venkataraman, Reddy, Naidu, Pillai")),
    "bn": dict(region="South Asia", order="gf",
               m=_s("Arnab, Sourav, Tanvir, Rahim, Debashis, Anirban"),
               f=_s("Rupa, Nusrat, Tahmina, Moumita, Farzana, Sreeja"),
               s=_s("Chowdhury, Banerjee, Mukherjee, Hossain, Das, Rahman, Chakraborty")),
    "pk": dict(region="South Asia", order="gf",
               m=_s("Imran, Bilal, Usman, Faisal, Hamza, Zubair"),
               f=_s("Ayesha, Sana, Hira, Mehwish, Sadia, Zainab"),
               s=_s("Qureshi, Butt, Malik, Siddiqui, Chaudhry, Mirza, Khan")),
    "si_ne": dict(region="South Asia", order="gf",
                  m=_s("Chaminda, Nuwan, Prakash, Bishnu, Kasun, Sunil"),
                  f=_s("Dilani, Sanduni, Sabina, Anjali, Nirmala, Sita"),
                  s=_s("Perera, Jayasuriya, Wickramasinghe, Shrestha, Gurung, Thapa, Fernando")),
    # ---- East Asia ----
    "zh": dict(region="East Asia", order="cjk",
               m=_s("Wei, Jianguo, Hao, Zhiwei, Yang, Jun, Chen"),
               f=_s("Xiaoling, Mei, Yuxin, Jing, Li, Fang, Shu"),
               s=_s("Wang, Zhang, Liu, Chen, Huang, Zhou, Xu, Guo, Ouyang")),
    "yue": dict(region="East Asia", order="cjk",
                m=_s("Ka-Wai, Chi-Keung, Wing-Hong, Siu-Ming"),
                f=_s("Mei-Ling, Wing-Yan, Suk-Yee, Ka-Yan"),
                s=_s("Chan, Wong, Leung, Cheung, Lau, Tsang, Ng")),
    "ja": dict(region="East Asia", order="cjk",
               m=_s("Takeshi, Haruto, Kenji, Shota, Daisuke, Ren, Hiroshi"),
               f=_s("Yui, Sakura, Haruka, Aoi, Misaki, Yoko, Hina"),
               s=_s("Sato, Suzuki, Takahashi, Watanabe, Yamamoto, Nakamura, Kobayashi, Inoue")),
    "ko": dict(region="East Asia", order="cjk",
               m=_s("Min-jun, Ji-hoon, Seo-jun, Dong-hyun, Jae-won, Hyun-woo"),
               f=_s("Seo-yeon, Ji-woo, Min-seo, Ha-eun, Soo-ah, Ye-jin"),
               s=_s("Kim, Lee, Park, Choi, Jung, Kang, Yoon")),
    # ---- South-East Asia ----
    "vi": dict(region="SE Asia", order="fg", middle=_s("Văn, Thị, Minh, Ngọc, Đức"),
               m=_s("Hùng, Tuấn, Dũng, Quang, Khoa, Phúc"),
               f=_s("Lan, Hương, Thảo, Linh, Trang, Hạnh"),
               s=_s("Nguyễn, Trần, Phạm, Hoàng, Vũ, Đặng, Bùi, Đỗ")),
    "th": dict(region="SE Asia", order="gf",
               m=_s("Somchai, Anan, Kittisak, Thanawat, Prasert"),
               f=_s("Siriporn, Kanya, Naree, Pimchanok, Waraporn"),
               s=_s("Srisuk, Chaiyaporn, Wongsawat, Thongchai, Rattanakorn, Suwannarat")),
    "fil": dict(region="SE Asia", order="gf", middle=_s("Santos, Reyes, Cruz, Bautista, Villanueva"),
                m=_s("Jose Mari, Rommel, Jericho, Mark Anthony, Rodel, Jun-Jun"),
                f=_s("Maricel, Rowena, Lovely, Cherry Mae, Kristine Joy, Marites"),
                s=_s("dela Cruz, Macapagal, Dimaculangan, Villareal, Tolentino, Mercado, Dela Rosa")),
    "id_ms": dict(region="SE Asia", order="gf",
                  m=_s("Budi, Agus, Hafiz, Rizal, Syafiq, Wahyu"),
                  f=_s("Siti, Dewi, Nurul, Aisyah, Putri, Farah"),
                  s=_s("Santoso, Wijaya, Hidayat, Setiawan, Abdullah, Ismail, Kusuma")),
    # ---- Africa ----
    "yo_ig": dict(region="West Africa", order="gf",
                  m=_s("Oluwaseun, Chukwuemeka, Babatunde, Obinna, Adebayo, Ikenna, Tunde"),
                  f=_s("Adaeze, Folasade, Chiamaka, Ngozi, Titilayo, Ifeoma, Funmilayo"),
                  s=_s("Okafor, Adeyemi, Okonkwo, Balogun, Nwosu, Olawale, Eze, Adebayo-Johnson")),
    "ha_ff": dict(region="West Africa", order="gf",
                  m=_s("Abubakar, Musa, Aminu, Sani, Mamadou, Ousmane"),
                  f=_s("Hauwa, Zainab, Aminata, Fatoumata, Hadiza, Mariam"),
                  s=_s("Bello, Danjuma, Diallo, Sow, Ba, Traoré, Coulibaly")),
    "ak": dict(region="West Africa", order="gf",
               m=_s("Kwame, Kofi, Yaw, Kwabena, Kojo"),
               f=_s("Akosua, Ama, Abena, Efua, Adwoa"),
               s=_s("Mensah, Owusu, Asante, Boateng, Agyeman, Ofori")),
    "sw": dict(region="East Africa", order="gf",
               m=_s("Baraka, Juma, Otieno, Mwangi, Kiprono, Wafula"),
               f=_s("Wanjiru, Achieng, Nyambura, Zawadi, Neema, Chebet"),
               s=_s("Kamau, Odhiambo, Njoroge, Mutua, Wekesa, Kariuki, Onyango")),
    "am": dict(region="East Africa", order="gf",
               m=_s("Tesfaye, Dawit, Yohannes, Bereket, Getachew"),
               f=_s("Meron, Selamawit, Hiwot, Tigist, Bethlehem"),
               s=_s("Gebremedhin, Tadesse, Haile, Alemu, Bekele, Wolde")),
    "zu_xh": dict(region="Southern Africa", order="gf",
                  m=_s("Sipho, Thabo, Bongani, Lwazi, Mandla"),
                  f=_s("Nomvula, Thandiwe, Lindiwe, Zanele, Ayanda"),
                  s=_s("Dlamini, Ndlovu, Mkhize, Nkosi, Khumalo, van Wyk, Botha")),
    # ---- Americas ----
    "es_latam": dict(region="Americas", order="gf",
                     m=_s("Juan Carlos, Luis Fernando, Alejandro, Santiago, Mateo, Diego"),
                     f=_s("Guadalupe, Ximena, Valentina, Ana Lucía, Daniela, Itzel"),
                     s=_s("Hernández López, Ramírez, Gutiérrez, de los Santos, Villalobos, Quispe, "
                          "Mamani, Zúñiga, Ocampo")),
    "pt_br": dict(region="Americas", order="gf",
                  m=_s("Thiago, Luiz Henrique, Rafael, Caio, Wesley, João Pedro"),
                  f=_s("Ana Clara, Larissa, Thaís, Gabriela, Maria Eduarda, Jéssica"),
                  s=_s("Oliveira, Souza, dos Reis, Nascimento, Barbosa, Cavalcanti, de Araújo")),
    "ht_jm": dict(region="Americas", order="gf",
                  m=_s("Jean-Robert, Wilner, Fritzgerald, Devon, Delroy"),
                  f=_s("Marie-Claude, Nadège, Shanelle, Kerry-Ann, Fabienne"),
                  s=_s("Jean-Baptiste, Pierre-Louis, Toussaint, Campbell, Thelusma, Brown")),
    # ---- Pacific ----
    "pacific": dict(region="Pacific", order="gf",
                    m=_s("Tane, Wiremu, Sione, Manaia, Tevita"),
                    f=_s("Aroha, Mere, Losana, Anahera, Moana"),
                    s=_s("Ngata, Tuilagi, Fifita, Te Rangi, Taufa, Parata")),
}

# Native-script names with their romanised forms:
# (lang, native given, native family, romanised given, romanised family, order of the native full name)
NATIVE: list[tuple[str, str, str, str, str, str]] = [
    ("ja", "陽菜", "佐藤", "Hina", "Sato", "fg0"),
    ("ja", "健二", "中村", "Kenji", "Nakamura", "fg0"),
    ("ja", "美咲", "高橋", "Misaki", "Takahashi", "fg0"),
    ("zh", "伟", "王", "Wei", "Wang", "fg0"),
    ("zh", "晓玲", "陈", "Xiaoling", "Chen", "fg0"),
    ("zh", "志强", "欧阳", "Zhiqiang", "Ouyang", "fg0"),
    ("zh", "家豪", "黃", "Ka-Ho", "Wong", "fg0"),
    ("ko", "민서", "김", "Min-seo", "Kim", "fg0"),
    ("ko", "지훈", "박", "Ji-hoon", "Park", "fg0"),
    ("ru", "Дмитрий", "Смирнов", "Dmitri", "Smirnov", "gf"),
    ("ru", "Анастасия", "Волкова", "Anastasia", "Volkova", "gf"),
    ("uk", "Оксана", "Шевченко", "Oksana", "Shevchenko", "gf"),
    ("bg", "Георги", "Петров", "Georgi", "Petrov", "gf"),
    ("sr", "Милица", "Јовановић", "Milica", "Jovanovic", "gf"),
    ("el", "Ελένη", "Παπαδοπούλου", "Eleni", "Papadopoulou", "gf"),
    ("el", "Νικόλαος", "Οικονόμου", "Nikolaos", "Oikonomou", "gf"),
    ("ar", "ليلى", "حداد", "Layla", "Haddad", "gf"),
    ("ar", "عمر", "الخطيب", "Omar", "Al-Khatib", "gf"),
    ("fa", "شیرین", "حسینی", "Shirin", "Hosseini", "gf"),
    ("he", "תמר", "כהן", "Tamar", "Cohen", "gf"),
    ("hi", "प्रिया", "शर्मा", "Priya", "Sharma", "gf"),
    ("hi", "राजेश", "गुप्ता", "Rajesh", "Gupta", "gf"),
    ("ta", "லட்சுமி", "சுப்பிரமணியன்", "Lakshmi", "Subramanian", "gf"),
    ("bn", "অর্ণব", "চৌধুরী", "Arnab", "Chowdhury", "gf"),
    ("th", "สมชาย", "ศรีสุข", "Somchai", "Srisuk", "gf"),
    ("ka", "ნინო", "ბერიძე", "Nino", "Beridze", "gf"),
    ("hy", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", "gf"),
    ("am", "መሮን", "ተስፋዬ", "Meron", "Tesfaye", "gf"),
    ("ur", "عائشہ", "قریشی", "Ayesha", "Qureshi", "gf"),
    ("mn", "Болд", "Батбаяр", "Bold", "Batbayar", "gf"),
]

# Names that are also English words, used in name positions only (word_names in the records).
WORD_NAMES_GIVEN = _s("Hope, Faith, Dawn, Summer, April, Grant, Hunter, Chase, Will, Rose, Joy, Sunny, Ivy")
WORD_NAMES_FAMILY = _s("Page, Hunter, Rose, Lane, Bishop, Mason, Love, Grant, Price, Baker, Cook, Wood, Field")

PARTICLES = {
    "van", "der", "den", "de", "la", "le", "du", "da", "dos", "das", "del", "di", "lo", "von", "zu", "ter", "'t",
    "t", "y", "e", "d", "al", "el", "bin", "binti", "ibn", "bint", "abou", "abu", "ap", "ó", "ní", "nic", "mac",
    "dela", "te", "ben", "ait", "los",
}


def stats() -> dict[str, int]:
    givens: set[str] = set()
    fams: set[str] = set()
    for t in TRADITIONS.values():
        givens.update(t["m"])
        givens.update(t["f"])
        for s in t["s"]:
            fams.update(s.split("/"))
    return {"traditions": len(TRADITIONS), "given": len(givens), "surnames": len(fams), "native": len(NATIVE)}


if __name__ == "__main__":
    print(stats())

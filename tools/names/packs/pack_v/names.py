"""Hand-written person-name lists for pack_v (parking, tolling, access control, visitor management).

Written for this pack from general knowledge; no generator library and no list copied from anywhere.
Each tradition: region, name order ("gf" given-first, "fg" family-first), male and female given names,
surnames. A surname written "Masc/Fem" has gendered forms. Run `python names.py` for statistics.
"""

from __future__ import annotations

import unicodedata

# code: (region, order, male given, female given, surnames)
TRADITIONS: dict[str, tuple[str, str, str, str, str]] = {
    "en_us": ("Americas", "gf",
              "James, Michael, Robert, David, Tyler, Brandon, Marcus, Dwayne, Cody, Travis, Kevin, Derek",
              "Jennifer, Ashley, Megan, Brittany, Kayla, Tiffany, Shanice, Courtney, Heather, Lindsey, Amber",
              "Johnson, Williams, Brown, Miller, Davis, Anderson, Thompson, Jackson, Whitaker, Holloway, "
              "Pruitt, McAllister, Washburn, Dunleavy, Kowalczyk, Bergstrom, Fairbanks"),
    "en_gb": ("Europe", "gf",
              "Oliver, Harry, George, Alfie, Callum, Rhys, Nigel, Graham, Toby, Jamie",
              "Amelia, Isla, Poppy, Charlotte, Gemma, Siobhan, Lucy, Harriet, Kirsty, Fiona",
              "Smith, Taylor, Wright, Hughes, Cartwright, Pemberton, Ashworth, Thwaite, Blackwood, "
              "Featherstone, Hollis, Ramsbottom, Ogunleye-Smith"),
    "ga": ("Europe", "gf",
           "Seán, Ciarán, Pádraig, Eoin, Cathal, Darragh, Tadhg, Oisín",
           "Aoife, Niamh, Siobhán, Saoirse, Órla, Caoimhe, Gráinne, Róisín",
           "O'Sullivan, O'Connor, McCarthy, Fitzgerald, Ó Briain/Ní Bhriain, Ó Súilleabháin/Ní Shúilleabháin, "
           "MacNamara, Gallagher, Mac Giolla Phádraig/Nic Giolla Phádraig, Doherty"),
    "gd": ("Europe", "gf",
           "Hamish, Angus, Euan, Calum, Ruaridh, Fraser",
           "Eilidh, Morag, Catriona, Isla, Ailsa, Mhairi",
           "MacLeod, MacDonald, Campbell, Stewart, MacKenzie, Urquhart, Menzies, Drummond"),
    "cy": ("Europe", "gf",
           "Dafydd, Gethin, Rhodri, Iestyn, Emyr, Owain",
           "Angharad, Bethan, Ffion, Seren, Nia, Carys",
           "Jones, Evans, Pritchard, Llewellyn, ap Gwilym, Bevan, Vaughan, Meredith"),
    "fr": ("Europe", "gf",
           "Jean-Baptiste, Théo, Mathieu, Guillaume, Étienne, Benoît, Jérôme, Loïc, Hugo, Yannick",
           "Camille, Léa, Manon, Élodie, Marie-Claire, Anaïs, Océane, Clémence, Margaux, Sévérine",
           "Lefèvre, Dubois, Moreau, Girard, Rousseau, Lemoine, de La Fontaine, Le Goff, d'Aubigné, "
           "Chevallier, Fournier, Du Pont, Marchetti-Roux"),
    "fr_ca": ("Americas", "gf",
              "Marc-André, Jean-François, Mathis, Félix, Gaétan",
              "Geneviève, Marie-Ève, Chantale, Josée, Maude",
              "Tremblay, Gagnon, Bouchard, Côté, Pelletier, Lévesque, Bergeron, Desjardins"),
    "de": ("Europe", "gf",
           "Jürgen, Klaus-Peter, Lukas, Maximilian, Sönke, Dieter, Florian, Tobias, Björn, Matthias",
           "Anneliese, Jutta, Lena, Sophie, Henrike, Ute, Katharina, Maren, Hannelore, Svenja",
           "Müller, Schröder, Weißmann, Krüger, Hoffmann, von Ahlefeldt, zu Löwenstein, Brandstätter, "
           "Großkopf, Kießling, Schmidt-Rottluff, Oberholzer, Pfannkuch"),
    "nl": ("Europe", "gf",
           "Joost, Maarten, Sjoerd, Pieter, Bram, Thijs, Wouter, Gijs",
           "Anouk, Femke, Marieke, Sanne, Lieke, Eline, Ilse, Noortje",
           "van der Meer, de Vries, van den Berg, Jansen, Bakker, ter Horst, van 't Hof, Visser, "
           "van Dijk, Mulder, de Groot, Hoekstra"),
    "nl_be": ("Europe", "gf",
              "Wim, Koen, Jef, Stijn, Dries",
              "Lotte, Griet, Annelies, Hanne, Lien",
              "Peeters, Janssens, Maes, Van Damme, De Smet, Vermeulen, Claes, Wouters"),
    "es": ("Europe", "gf",
           "Javier, Alejandro, Íñigo, Sergio, Álvaro, Jesús, Ramón, Joaquín, Óscar, Pau",
           "Lucía, Carmen, Inmaculada, Begoña, Nuria, Ainhoa, María José, Rocío, Montserrat, Itziar",
           "García, Fernández, López, Martínez, Sánchez, Gutiérrez, Núñez, Ibáñez, de la Torre, "
           "Echeverría, Vázquez, Muñoz, Ortuño, Castellví"),
    "mx": ("Americas", "gf",
           "José Luis, Juan Carlos, Alejandro, Emiliano, Santiago, Ulises, Rodrigo",
           "Guadalupe, Ximena, Itzel, Mariana, Fernanda, Yolanda, Citlali",
           "Hernández, Ramírez, Cruz, Morales, Reyes, Ochoa, Zepeda, de la Garza, Villaseñor, Cuauhtémoc"),
    "andes": ("Americas", "gf",
              "Wilmer, Edwin, Nilton, Yupanqui, Fredy",
              "Yessenia, Roxana, Nayeli, Killa, Maribel",
              "Quispe, Mamani, Huamán, Condori, Choque, Ccahuana, Apaza, Ticona"),
    "pt": ("Europe", "gf",
           "João, Tiago, Gonçalo, Rui, Duarte, Nuno",
           "Inês, Beatriz, Leonor, Matilde, Conceição, Filipa",
           "Silva, Santos, Ferreira, Gonçalves, da Costa, dos Reis, Magalhães, Sousa, Pereira da Cunha"),
    "br": ("Americas", "gf",
           "Thiago, Luiz Henrique, Rafael, Caio, Gustavo, Wellington, Anderson, Vinícius",
           "Ana Paula, Juliana, Thaís, Larissa, Fernanda, Gabriela, Aparecida, Raíssa",
           "Oliveira, dos Santos, Souza, Lima, Carvalho, Rodrigues, Araújo, da Silva, Nascimento, Barbosa"),
    "it": ("Europe", "gf",
           "Giuseppe, Alessandro, Lorenzo, Matteo, Gianluca, Niccolò, Salvatore, Pierpaolo",
           "Giulia, Francesca, Chiara, Alessia, Federica, Ilaria, Annamaria, Rosaria",
           "Rossi, Bianchi, Esposito, Romano, De Luca, Di Stefano, Lo Russo, Colombo, Ferrara, "
           "D'Alessandro, Mancini, Galli"),
    "pl": ("Europe", "gf",
           "Krzysztof, Łukasz, Paweł, Grzegorz, Wojciech, Michał, Tomasz, Przemysław",
           "Agnieszka, Małgorzata, Katarzyna, Joanna, Zofia, Magdalena, Bożena, Ewelina",
           "Kowalski/Kowalska, Wiśniewski/Wiśniewska, Nowak, Wójcik, Zieliński/Zielińska, "
           "Lewandowski/Lewandowska, Dąbrowski/Dąbrowska, Szymański/Szymańska, Mazur, Kaczmarek"),
    "cs": ("Europe", "gf",
           "Jiří, Tomáš, Ondřej, Vojtěch, Lukáš, Radek",
           "Lenka, Petra, Jana, Markéta, Zuzana, Kateřina",
           "Novák/Nováková, Svoboda/Svobodová, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, "
           "Kučera/Kučerová, Veselý/Veselá, Horák/Horáková"),
    "hu": ("Europe", "fg",
           "Péter, László, Zoltán, Gábor, Attila, Balázs",
           "Zsófia, Katalin, Erzsébet, Réka, Anikó, Boglárka",
           "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Farkas, Szőke"),
    "ro": ("Europe", "gf",
           "Andrei, Mihai, Ionuț, Bogdan, Răzvan, Cristian",
           "Ioana, Andreea, Mădălina, Roxana, Simona, Alexandra",
           "Popescu, Ionescu, Dumitrescu, Stănescu, Constantin, Țurcanu, Munteanu, Vasilescu"),
    "el": ("Europe", "gf",
           "Giorgos, Dimitris, Konstantinos, Nikos, Yannis, Stavros",
           "Eleni, Katerina, Despina, Maria, Sofia, Vasiliki",
           "Papadopoulos/Papadopoulou, Georgiou, Nikolaidis/Nikolaidou, Christodoulou, "
           "Karagiannis/Karagianni, Oikonomou, Vlachos/Vlachou"),
    "sv": ("Europe", "gf",
           "Erik, Anders, Johan, Mattias, Oskar, Gustav",
           "Ingrid, Maja, Linnéa, Astrid, Elin, Karin",
           "Andersson, Lindqvist, Johansson, Sjöberg, Bergström, Nyström, Åkesson, Lundgren"),
    "no": ("Europe", "gf",
           "Håkon, Sigurd, Eirik, Ole-Martin, Torbjørn",
           "Ingvild, Solveig, Ragnhild, Marte, Kari",
           "Hansen, Johannessen, Bjørnstad, Haugen, Solberg, Fjeld, Løvaas"),
    "da": ("Europe", "gf",
           "Søren, Mads, Rasmus, Jens, Kasper",
           "Mette, Sidsel, Freja, Lærke, Birgitte",
           "Nielsen, Jørgensen, Kristensen, Søndergaard, Mikkelsen, Østergaard"),
    "fi": ("Europe", "gf",
           "Juha, Mikko, Jukka, Timo, Väinö, Aleksi",
           "Aino, Sanna, Päivi, Tuulikki, Heidi, Riikka",
           "Korhonen, Virtanen, Mäkinen, Nieminen, Hämäläinen, Järvinen, Koskinen, Lehtonen"),
    "is": ("Europe", "gf",
           "Gunnar, Sigurður, Ólafur, Einar, Þórður",
           "Guðrún, Sigríður, Katrín, Hildur, Þórunn",
           "Jónsson/Jónsdóttir, Gunnarsson/Gunnarsdóttir, Sigurðsson/Sigurðardóttir, "
           "Ólafsson/Ólafsdóttir, Einarsson/Einarsdóttir"),
    "lt": ("Europe", "gf",
           "Mindaugas, Darius, Tomas, Vytautas, Giedrius",
           "Rūta, Eglė, Jurgita, Aušra, Ieva",
           "Kazlauskas/Kazlauskienė, Jankauskas/Jankauskaitė, Petrauskas/Petrauskienė, "
           "Žukauskas/Žukauskienė, Butkus/Butkienė"),
    "lv": ("Europe", "gf",
           "Jānis, Andris, Kārlis, Edgars",
           "Ilze, Līga, Inese, Kristīne",
           "Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozols/Ozola, Liepiņš/Liepiņa"),
    "ru": ("Europe", "gf",
           "Aleksandr, Sergei, Dmitry, Andrei, Mikhail, Vladimir, Yevgeny",
           "Yekaterina, Natalya, Olga, Tatiana, Svetlana, Anastasia, Ksenia",
           "Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Sokolov/Sokolova, Popov/Popova, "
           "Lebedev/Lebedeva, Zhukovsky/Zhukovskaya, Golubev/Golubeva"),
    "uk": ("Europe", "gf",
           "Oleksandr, Bohdan, Taras, Yurii, Mykola",
           "Oksana, Olena, Iryna, Nataliia, Khrystyna",
           "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Melnyk, Kravchuk, Hnatyshyn"),
    "hr_sr": ("Europe", "gf",
              "Marko, Ivan, Nikola, Dragan, Luka, Goran",
              "Jelena, Ivana, Milica, Snježana, Maja, Dragana",
              "Horvat, Kovačević, Babić, Jovanović, Petrović, Marić, Đorđević, Šarić, Knežević"),
    "bg": ("Europe", "gf",
           "Georgi, Ivaylo, Stoyan, Hristo",
           "Desislava, Tsvetelina, Radka, Mariya",
           "Dimitrov/Dimitrova, Petrov/Petrova, Stoyanov/Stoyanova, Todorov/Todorova"),
    "sq": ("Europe", "gf",
           "Arben, Besnik, Driton, Ilir",
           "Arta, Blerina, Drita, Elira",
           "Hoxha, Berisha, Krasniqi, Gashi, Shala, Dervishi"),
    "tr": ("Middle East", "gf",
           "Mehmet, Mustafa, Emre, Oğuz, Burak, Çağrı, Serkan",
           "Ayşe, Elif, Gülşen, Zeynep, Şule, Özlem, Büşra",
           "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Doğan, Kılıç"),
    "ar": ("Middle East", "gf",
           "Mohammed, Ahmed, Omar, Khalid, Youssef, Tariq, Faisal, Hamza",
           "Fatima, Aisha, Mariam, Noura, Huda, Layla, Reem, Salma",
           "Al-Rashid, Al-Harbi, Al-Amoudi, El-Sayed, Haddad, Khalil, Mansour, Al Nuaimi, Abu Zaid, Qasim"),
    "maghreb": ("Africa", "gf",
                "Karim, Mehdi, Rachid, Sofiane, Yassine, Abdelkader",
                "Samira, Nadia, Yasmina, Imane, Khadija, Soukaina",
                "Benali, Bouzid, El Amrani, Ben Youssef, Belkacem, Chaouch, Ait Ouarab"),
    "eg": ("Africa", "gf",
           "Mahmoud, Mostafa, Sherif, Amr, Hossam",
           "Mona, Dina, Rania, Heba, Shaimaa",
           "Abdel Fattah, El-Masry, Shehata, Farouk, Soliman, Gamal"),
    "fa": ("Middle East", "gf",
           "Reza, Mehdi, Dariush, Kourosh, Babak",
           "Shirin, Parisa, Golnaz, Maryam, Niloufar",
           "Rezaei, Hosseini, Karimi, Moradi, Tehrani, Jafari, Ghorbani"),
    "he": ("Middle East", "gf",
           "Yossi, Avi, Itai, Noam, Eyal",
           "Noa, Tamar, Shira, Yael, Michal",
           "Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Ben-David, Avraham"),
    "ku": ("Middle East", "gf",
           "Rebwar, Sherko, Dilshad, Azad",
           "Zhilwan, Shilan, Rozhin, Berivan",
           "Barzani, Talabani, Ahmad, Zebari, Hawrami"),
    "hy": ("Caucasus", "gf",
           "Aram, Tigran, Armen, Hayk, Vahe",
           "Anahit, Lusine, Nare, Siranush, Armine",
           "Petrosyan, Hovhannisyan, Sargsyan, Grigoryan, Avetisyan, Khachatryan"),
    "ka": ("Caucasus", "gf",
           "Giorgi, Levan, Davit, Irakli, Zurab",
           "Nino, Tamar, Mariam, Ketevan, Eka",
           "Beridze, Kapanadze, Gelashvili, Lomidze, Tsiklauri, Maisuradze"),
    "kz_uz": ("Central Asia", "gf",
              "Nursultan, Yerlan, Timur, Rustam, Sherzod, Bakhtiyor",
              "Aigerim, Dinara, Gulnara, Madina, Zarina, Nodira",
              "Nurlanov/Nurlanova, Abdullayev/Abdullayeva, Karimov/Karimova, Tokayev/Tokayeva, "
              "Yusupov/Yusupova, Seitkali"),
    "mn": ("East Asia", "gf",
           "Bat-Erdene, Ganbaatar, Temuulen, Tömör",
           "Oyuunchimeg, Enkhjargal, Sarangerel, Anu",
           "Bold, Dorj, Batbayar, Sükhbaatar, Gantulga"),
    "hi": ("South Asia", "gf",
           "Rahul, Amit, Vikram, Arjun, Rohan, Sandeep, Anil, Siddharth",
           "Priya, Anjali, Neha, Pooja, Kavita, Sunita, Deepika, Ishita",
           "Sharma, Verma, Gupta, Agarwal, Mehta, Chaudhary, Srivastava, Malhotra, Kapoor, Bhattacharya"),
    "ta": ("South Asia", "gf",
           "Karthik, Senthil, Murugan, Arun, Vignesh",
           "Lakshmi, Kavitha, Meenakshi, Divya, Revathi",
           "Subramanian, Ramasamy, Krishnan, Pillai, Venkatesan, Natarajan"),
    "te": ("South Asia", "gf",
           "Srinivas, Venkata Ramana, Naveen, Suresh",
           "Sravani, Swathi, Padmaja, Lavanya",
           "Reddy, Naidu, Rao, Chowdary, Yadav"),
    "bn": ("South Asia", "gf",
           "Suman, Arindam, Tanvir, Rafiq, Sourav",
           "Moumita, Nusrat, Tania, Shreya, Farzana",
           "Das, Chatterjee, Mukherjee, Hossain, Rahman, Banerjee, Sarkar"),
    "pa": ("South Asia", "gf",
           "Gurpreet, Harjit, Manpreet, Jaspal, Baljinder",
           "Harpreet, Simran, Navneet, Jasleen, Kiranjit",
           "Singh/Kaur, Gill, Sandhu, Dhillon, Grewal, Sidhu"),
    "ur": ("South Asia", "gf",
           "Imran, Bilal, Usman, Asif, Waqar, Zeeshan",
           "Ayesha, Sana, Hina, Mahnoor, Rabia, Saima",
           "Qureshi, Chaudhry, Butt, Malik, Siddiqui, Awan, Raza"),
    "ne": ("South Asia", "gf",
           "Bishnu, Prakash, Sagar, Dipendra",
           "Sabina, Anita, Sarita, Pratiksha",
           "Shrestha, Gurung, Tamang, Adhikari, Thapa, Rai"),
    "si": ("South Asia", "gf",
           "Nuwan, Chaminda, Lasantha, Dilshan",
           "Nadeesha, Chathurika, Dilani, Sanduni",
           "Perera, Fernando, Jayasuriya, Wickramasinghe, Bandara, Gunawardena"),
    "zh": ("East Asia", "fg",
           "Wei, Jun, Hao, Lei, Qiang, Zhiwei, Yifan, Jianguo",
           "Xiaoying, Na, Min, Jing, Lihua, Yuxin, Mei, Xue",
           "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Xu, Sun, Ouyang"),
    "yue": ("East Asia", "fg",
            "Ka-ho, Chi-wai, Wing-kei, Siu-ming, Kwok-leung",
            "Mei-ling, Wai-yee, Suk-fan, Hoi-yan, Ka-yan",
            "Chan, Wong, Leung, Cheung, Lau, Ng, Tsang, Yip"),
    "ja": ("East Asia", "fg",
           "Hiroshi, Takeshi, Kenta, Daisuke, Shōta, Ryōsuke, Yūki, Haruto",
           "Yuko, Haruka, Misaki, Aoi, Sakura, Yōko, Ayaka, Natsumi",
           "Satō, Suzuki, Takahashi, Tanaka, Watanabe, Itō, Yamamoto, Nakamura, Kobayashi, Ōno, Inoue"),
    "ko": ("East Asia", "fg",
           "Min-jun, Ji-hoon, Seo-jun, Hyun-woo, Dong-hyun, Jae-won",
           "Seo-yeon, Ji-woo, Min-seo, Ha-eun, Soo-jin, Ye-jin",
           "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Hwang"),
    "vi": ("South-East Asia", "fg",
           "Văn Hùng, Minh Tuấn, Quốc Bảo, Đức Anh, Hữu Phước",
           "Thị Lan, Ngọc Anh, Thu Trang, Bích Ngọc, Thị Hương",
           "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Võ, Đặng, Bùi"),
    "th": ("South-East Asia", "gf",
           "Somchai, Anan, Kittisak, Prasert, Chaiwat",
           "Siriporn, Kanya, Malee, Nattaya, Ploy",
           "Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Jaidee, Sukprasert"),
    "id": ("South-East Asia", "gf",
           "Budi, Agus, Eko, Hendra, Bayu, Wahyu",
           "Siti, Dewi, Rina, Ayu, Putri, Wulan",
           "Santoso, Wijaya, Kusuma, Setiawan, Hidayat, Pratama, Nugroho, Simanjuntak"),
    "ms": ("South-East Asia", "gf",
           "Ahmad Faizal, Mohd Hafiz, Azlan, Khairul",
           "Nurul Aina, Siti Aminah, Farah, Zulaikha",
           "bin Ismail/binti Ismail, bin Abdullah/binti Abdullah, bin Hassan/binti Hassan, bin Yusof/binti Yusof"),
    "tl": ("South-East Asia", "gf",
           "Jose Rizal, Mark Anthony, Jerome, Rodel, Jericho",
           "Maria Cristina, Jocelyn, Rowena, Marites, Kristine Joy",
           "dela Cruz, Santos, Reyes, Bautista, Macaraeg, Villanueva, Dimaculangan, de Guzman"),
    "yo": ("Africa", "gf",
           "Oluwaseun, Babatunde, Adewale, Olumide, Tunde",
           "Folasade, Adebimpe, Yetunde, Oluwakemi, Titilayo",
           "Adeyemi, Ogunbanjo, Oyelaran, Adebayo, Olatunji, Fashola"),
    "ig": ("Africa", "gf",
           "Chukwuemeka, Obinna, Ikenna, Chinedu, Nnamdi",
           "Ngozi, Chiamaka, Adaeze, Nneka, Ifeoma",
           "Okafor, Nwosu, Eze, Okonkwo, Obi, Nwachukwu, Okeke"),
    "ha": ("Africa", "gf",
           "Abubakar, Sani, Musa, Aminu, Garba",
           "Hauwa, Zainab, Hadiza, Maryam, Amina",
           "Bello, Usman, Danjuma, Abdullahi, Yakubu, Sule"),
    "ak": ("Africa", "gf",
           "Kwame, Kofi, Kwabena, Yaw, Kwaku",
           "Akosua, Ama, Abena, Efua, Adwoa",
           "Mensah, Asante, Owusu, Boateng, Osei, Agyeman"),
    "ke": ("Africa", "gf",
           "Otieno, Kamau, Kibet, Kiprotich, Mwangi, Ochieng",
           "Achieng, Wanjiku, Nyambura, Chepkoech, Atieno, Njeri",
           "Odhiambo, Kariuki, Njoroge, Kipchoge, Wafula, Mutua, Onyango"),
    "sw_tz": ("Africa", "gf",
              "Baraka, Juma, Rashidi, Hamisi",
              "Neema, Rehema, Zawadi, Mwanaisha",
              "Mwakyusa, Lyimo, Massawe, Mushi, Kimaro"),
    "et": ("Africa", "gf",
           "Abebe, Tesfaye, Dawit, Yohannes, Biruk",
           "Tigist, Meseret, Selamawit, Hiwot, Bethlehem",
           "Kebede, Haile, Girma, Tadesse, Bekele, Wolde"),
    "so": ("Africa", "gf",
           "Abdirahman, Mohamud, Abdullahi, Farah",
           "Hodan, Ifrah, Sagal, Fadumo",
           "Warsame, Hirsi, Jama, Nur, Egal"),
    "za": ("Africa", "gf",
           "Sipho, Thabo, Mandla, Themba, Lwazi, Pieter",
           "Nomvula, Thandeka, Lindiwe, Zanele, Ayanda, Anri",
           "Dlamini, Nkosi, Khumalo, Mokoena, Ndlovu, van der Merwe, Botha, Mahlangu"),
    "mg": ("Africa", "gf",
           "Hery, Rivo, Tojo, Fidy",
           "Voahangy, Lalao, Haingo, Nirina",
           "Rakotomalala, Randriamampionona, Rasoanaivo, Andrianarisoa"),
    "caribbean": ("Americas", "gf",
                  "Desmond, Winston, Delroy, Jermaine, Ravi",
                  "Sherika, Natalee, Kerry-Ann, Nadine, Keisha",
                  "Campbell, Ramdial, Francis, St. Rose, Baptiste, Charlemagne, Persad"),
    "ar_la": ("Americas", "gf",
              "Facundo, Agustín, Matías, Gonzalo, Nahuel",
              "Florencia, Agustina, Milagros, Micaela, Belén",
              "Gómez, Fernández Paz, Pereyra, Bianchi Ruiz, Ferreyra, Acosta"),
    "mi": ("Pacific", "gf",
           "Tane, Wiremu, Rangi, Hemi, Manaia",
           "Aroha, Moana, Ngaire, Kiri, Hinemoa",
           "Te Whare, Ngata, Parata, Tawhiri, Te Kanawa, Rangihau"),
    "sm_to": ("Pacific", "gf",
              "Sione, Tavita, Lemalu, Viliami, Iosefa",
              "Salote, Malia, Lupe, Seini, Fetu",
              "Tuilagi, Faleolo, Tupou, Fifita, Leaupepe, Soliai"),
    "fj_haw": ("Pacific", "gf",
               "Kaleo, Keoni, Ratu, Josefa, Kainoa",
               "Leilani, Makana, Adi, Mere, Noelani",
               "Kahananui, Nakamoto-Kealoha, Waqanivalu, Tuivaga, Kealamakia"),
    "au": ("Pacific", "gf",
           "Lachlan, Bailey, Brodie, Mitchell, Jarrah",
           "Matilda, Chloe, Brooke, Tahlia, Kylie",
           "O'Loughlin, Kennedy-Brown, Hargreaves, Costello, Nguyen-Smith, Papadakis"),
}

# Native-script pairs: (tradition, gender, native given, native family, romanised given, romanised family).
NATIVE: list[tuple[str, str, str, str, str, str]] = [
    ("ja", "m", "健太", "佐藤", "Kenta", "Sato"),
    ("ja", "f", "美咲", "鈴木", "Misaki", "Suzuki"),
    ("ja", "m", "大輔", "高橋", "Daisuke", "Takahashi"),
    ("zh", "m", "伟", "王", "Wei", "Wang"),
    ("zh", "f", "娜", "李", "Na", "Li"),
    ("zh", "m", "洋", "刘", "Yang", "Liu"),
    ("zh", "f", "静", "陈", "Jing", "Chen"),
    ("yue", "m", "家豪", "陳", "Ka-ho", "Chan"),
    ("ko", "m", "민준", "김", "Min-jun", "Kim"),
    ("ko", "f", "서연", "이", "Seo-yeon", "Lee"),
    ("ko", "f", "유나", "최", "Yu-na", "Choi"),
    ("ru", "m", "Дмитрий", "Смирнов", "Dmitry", "Smirnov"),
    ("ru", "f", "Ирина", "Волкова", "Irina", "Volkova"),
    ("uk", "f", "Олена", "Шевченко", "Olena", "Shevchenko"),
    ("bg", "m", "Георги", "Петров", "Georgi", "Petrov"),
    ("hr_sr", "m", "Милан", "Јовановић", "Milan", "Jovanović"),
    ("el", "m", "Νίκος", "Παπαδόπουλος", "Nikos", "Papadopoulos"),
    ("el", "f", "Ελένη", "Γεωργίου", "Eleni", "Georgiou"),
    ("ar", "m", "أحمد", "حسن", "Ahmed", "Hassan"),
    ("ar", "f", "فاطمة", "خليل", "Fatima", "Khalil"),
    ("fa", "m", "علی", "رضایی", "Ali", "Rezaei"),
    ("he", "f", "נועה", "לוי", "Noa", "Levi"),
    ("he", "m", "יוסי", "כהן", "Yossi", "Cohen"),
    ("hi", "m", "राहुल", "शर्मा", "Rahul", "Sharma"),
    ("hi", "f", "प्रिया", "वर्मा", "Priya", "Verma"),
    ("bn", "m", "সুমন", "দাস", "Suman", "Das"),
    ("ta", "m", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian"),
    ("te", "m", "శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy"),
    ("th", "m", "สมชาย", "ใจดี", "Somchai", "Jaidee"),
    ("ka", "m", "გიორგი", "ბერიძე", "Giorgi", "Beridze"),
    ("hy", "m", "Արամ", "Պետրոսյան", "Aram", "Petrosyan"),
    ("et", "m", "አበበ", "ከበደ", "Abebe", "Kebede"),
    ("pa", "f", "ਸਿਮਰਨ", "ਕੌਰ", "Simran", "Kaur"),
    ("ur", "m", "عمران", "قریشی", "Imran", "Qureshi"),
    ("kz_uz", "f", "Айгерім", "Сейітова", "Aigerim", "Seitova"),
]

# Scripts written without spaces between family and given name.
NO_SPACE = {"ja", "zh", "yue", "ko"}

PARTICLES = ["van", "der", "den", "de", "la", "le", "du", "da", "dos", "das", "do", "von", "zu", "di", "del",
             "della", "lo", "ter", "te", "'t", "al", "el", "bin", "binti", "bint", "ibn", "ben", "abu", "abdel",
             "ó", "ní", "nic", "mac", "dela", "y", "ap", "st", "ait", "giolla"]

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D",
         "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h"}


def fold(s: str) -> str:
    """ASCII-fold a Latin string (diacritics removed, special letters transliterated)."""
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


def table() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for code, (region, order, m, f, s) in TRADITIONS.items():
        sur = []
        for item in _split(s):
            if "/" in item and not item.startswith("/"):
                a, b = item.split("/", 1)
                sur.append((a, b))
            else:
                sur.append((item, item))
        out[code] = {"region": region, "order": order, "m": _split(m), "f": _split(f), "s": sur}
    return out


TABLE = table()


def stats() -> dict[str, int]:
    given = set()
    fam = set()
    for t in TABLE.values():
        given.update(t["m"])  # type: ignore[arg-type]
        given.update(t["f"])  # type: ignore[arg-type]
        for a, b in t["s"]:  # type: ignore[union-attr]
            fam.add(a)
            fam.add(b)
    regions = sorted({t["region"] for t in TABLE.values()})  # type: ignore[type-var]
    return {"traditions": len(TABLE), "regions": len(regions), "given": len(given), "surnames": len(fam),
            "native_pairs": len(NATIVE), "native_languages": len({n[0] for n in NATIVE})}


if __name__ == "__main__":
    for k, v in stats().items():
        print(f"{k:18s} {v}")
    print("regions:", ", ".join(sorted({str(t["region"]) for t in TABLE.values()})))

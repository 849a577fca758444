"""Hand-written name lists for pack_j (no library, not copied from another set).

Each tradition: (key, region, male given names, female given names, surnames, flags).
Surnames are separated by ';' (they may contain spaces); a gendered surname is written 'male|female'.
Flags: 'ff' = family name first in native order, 'ff2' = family first half of the time.
"""

from __future__ import annotations

import json
import re
import unicodedata
from urllib.parse import quote, quote_plus

T = [
    ("en_us", "Americas", "James Michael Robert David Tyler Brandon Kevin Jason Dustin Cody",
     "Jennifer Ashley Megan Brittany Courtney Heather Amber Kayla Lindsey Tiffany",
     "Johnson;Williams;Miller;Davis;Anderson;Thompson;Harris;Robinson;Walker;Mitchell;Sanders", ""),
    ("en_gb", "Europe", "Oliver Harry George Alfie Callum Declan Rhys Gareth Nigel Graham",
     "Amelia Chloe Sophie Bethany Charlotte Lauren Gemma Siobhan Abigail Harriet",
     "Taylor;Wright;Hughes;Edwards;Lewis;Roberts;Cartwright;Pemberton;Ashworth;Bramley", ""),
    ("irish", "Europe", "Cian Oisín Pádraig Eoin Ciarán Seán Donncha Fionn Tadhg Ruairí",
     "Aoife Niamh Saoirse Caoimhe Róisín Clodagh Gráinne Orla Sinéad Aisling",
     "O'Sullivan;O'Brien;Ó Briain;Mac Giolla;Ní Dhomhnaill;Ó Ceallaigh;Kavanagh;Fitzgerald;McCarthy;Byrne", ""),
    ("scottish", "Europe", "Hamish Angus Fraser Ewan Alasdair Lachlan Murdo Struan Calum Ruaridh",
     "Isla Eilidh Morag Ailsa Catriona Kirsty Mhairi Shona Fiona Iona",
     "MacLeod;MacDonald;Mackenzie;McGregor;Buchanan;Drummond;Sutherland;Lindsay;Crawford;MacPherson", ""),
    ("german", "Europe", "Jürgen Klaus-Peter Matthias Stefan Lukas Florian Tobias Dieter Jörg Maximilian",
     "Ursula Anja Katrin Sabine Jana Lea Mareike Franziska Annegret Birgit",
     "Müller;Schneider;Fischer;Weber;Becker;Schäfer;Hoffmann;von Ahlefeldt;zu Stolberg;Großmann;Kühn", ""),
    ("dutch", "Europe", "Sander Bram Thijs Joost Pieter Wouter Maarten Ruud Sjoerd Gijs",
     "Anouk Femke Sanne Lotte Marloes Eva Ilse Mirjam Fenna Noor",
     "de Vries;van der Berg;van Dijk;Bakker;Janssen;Visser;van 't Hof;de Groot;Smit;ter Horst;van den Broek", ""),
    ("flemish", "Europe", "Jens Wim Koen Dries Stijn Pieter-Jan Jef Arne Seppe Bart",
     "Lien Ine Griet Els Hanne Leen Febe Wies Katrien Elke",
     "Peeters;Maes;Claes;Goossens;Wouters;De Smet;Vermeulen;Van Damme;Verstraete;Desmet", ""),
    ("french", "Europe", "Jean-Luc Thibault Mathieu Guillaume Étienne Baptiste Rémi Lucien Amaury Benoît",
     "Élodie Camille Margaux Océane Séverine Laetitia Clémence Mathilde Gaëlle Solène",
     "Dubois;Lefèvre;Moreau;Girard;Fournier;de la Fontaine;Le Goff;d'Aubigny;du Pont;Rousseau;Chevalier", ""),
    ("spanish", "Europe", "Javier Sergio Álvaro Iñigo Jorge Rubén Gonzalo Íker Pablo Ignacio",
     "Lucía Nerea Ainhoa Begoña Pilar Rocío Montserrat Itziar Almudena Carmen",
     "García López;Fernández;Martínez Ruiz;Sánchez;de la Cruz;Gómez;Iglesias;Ortega y Gasset;Muñoz;Castillo", ""),
    ("mexican", "Americas", "José Luis Alejandro Emiliano Mauricio Rodrigo Octavio Ulises Joaquín Rigoberto",
     "Guadalupe Ximena Itzel Mariana Yesenia Citlali Araceli Fernanda Maricela Paola",
     "Hernández;Ramírez;Villaseñor;Cervantes;Zúñiga;de León;Escobedo;Treviño;Gutiérrez Soto;Valenzuela", ""),
    ("brazilian", "Americas", "João Thiago Rafael Gustavo Leandro Vinícius Caio Wesley Anderson Luan",
     "Luana Thaís Juliana Fernanda Larissa Gabriela Vitória Bianca Raíssa Jéssica",
     "Silva;Santos;Oliveira;dos Santos;da Costa;Pereira;Rodrigues;Alves;Nascimento;Carvalho;Araújo", ""),
    ("portuguese", "Europe", "Duarte Tiago Rui Nuno Gonçalo Vasco Afonso Martim Diogo Bernardo",
     "Inês Leonor Beatriz Matilde Carolina Mafalda Benedita Constança Madalena Filipa",
     "Ferreira;Sousa;Gonçalves;Marques;Lopes;Teixeira;Magalhães;Vieira;Cardoso;de Almeida", ""),
    ("italian", "Europe", "Giuseppe Alessandro Matteo Lorenzo Davide Federico Gianluca Salvatore Cosimo Raffaele",
     "Giulia Chiara Federica Francesca Alessia Martina Valentina Ilaria Serena Gaia",
     "Rossi;Russo;Esposito;Bianchi;Romano;Colombo;Ricci;Di Stefano;De Luca;D'Angelo;Lombardi", ""),
    ("polish", "Europe", "Piotr Krzysztof Tomasz Paweł Michał Grzegorz Łukasz Wojciech Jarosław Bartosz",
     "Agnieszka Małgorzata Katarzyna Joanna Magdalena Dorota Żaneta Beata Justyna Ewelina",
     "Kowalski|Kowalska;Wiśniewski|Wiśniewska;Nowak;Wójcik;Kamiński|Kamińska;Lewandowski|Lewandowska;"
     "Zieliński|Zielińska;Szymański|Szymańska;Dąbrowski|Dąbrowska;Kozłowski|Kozłowska", ""),
    ("czech", "Europe", "Jiří Petr Tomáš Ondřej Vojtěch Lukáš Radek Zdeněk Miroslav Jakub",
     "Tereza Lucie Kateřina Veronika Markéta Zuzana Hana Jitka Šárka Eliška",
     "Novák|Nováková;Svoboda|Svobodová;Dvořák|Dvořáková;Černý|Černá;Procházka|Procházková;"
     "Kučera|Kučerová;Veselý|Veselá;Horák|Horáková;Němec|Němcová", ""),
    ("russian", "Europe", "Dmitry Alexei Sergei Nikolai Vladimir Mikhail Andrei Yevgeny Konstantin Artyom",
     "Yekaterina Svetlana Tatiana Natalia Olga Anastasia Yulia Ksenia Daria Lyudmila",
     "Ivanov|Ivanova;Smirnov|Smirnova;Kuznetsov|Kuznetsova;Popov|Popova;Sokolov|Sokolova;"
     "Lebedev|Lebedeva;Volkov|Volkova;Morozov|Morozova;Fedorov|Fedorova", ""),
    ("ukrainian", "Europe", "Taras Bohdan Oleksandr Mykola Vasyl Yaroslav Ostap Andriy Petro Yuriy",
     "Oksana Olena Iryna Halyna Solomiya Kateryna Zoriana Larysa Nadiya Khrystyna",
     "Shevchenko;Bondarenko;Kovalenko;Tkachenko;Kravchenko;Melnyk;Hrytsenko;Savchuk;Moroz;Lysenko", ""),
    ("hungarian", "Europe", "László Zoltán Gábor Attila Balázs Csaba Levente Bence Ferenc Tibor",
     "Zsófia Réka Erzsébet Katalin Ildikó Anikó Boglárka Eszter Orsolya Noémi",
     "Nagy;Kovács;Tóth;Szabó;Horváth;Varga;Kiss;Molnár;Németh;Farkas", "ff"),
    ("romanian", "Europe", "Andrei Mihai Bogdan Cristian Răzvan Ionuț Florin Sorin Dragoș Radu",
     "Ioana Andreea Roxana Mihaela Alexandra Bianca Oana Raluca Denisa Ileana",
     "Popescu;Ionescu;Dumitrescu;Stan;Stoica;Gheorghiu;Munteanu;Constantinescu;Năstase;Rădulescu", ""),
    ("greek", "Europe", "Giorgos Dimitris Konstantinos Nikos Yannis Christos Panagiotis Stavros Vasilis Spyros",
     "Eleni Katerina Maria Dimitra Vasiliki Georgia Sofia Eirini Despina Anastasia",
     "Papadopoulos;Oikonomou;Georgiou;Pappas;Nikolaidis;Karamanlis;Vlachos;Antoniou;Christodoulou;Makris", ""),
    ("turkish", "Europe", "Mehmet Mustafa Emre Burak Oğuz Serkan Kaan Çağrı Ümit Hakan",
     "Ayşe Elif Zeynep Büşra Gülşen Özlem Merve Şebnem Derya Esra",
     "Yılmaz;Kaya;Demir;Şahin;Çelik;Öztürk;Aydın;Arslan;Doğan;Kılıç", ""),
    ("swedish", "Europe", "Anders Björn Johan Lars Mikael Fredrik Oskar Gustav Henrik Nils",
     "Annika Ingrid Karin Linnéa Maja Sigrid Elin Frida Astrid Malin",
     "Andersson;Johansson;Karlsson;Nilsson;Lindqvist;Bergström;Sjöberg;Åkesson;Holmgren;Lundgren", ""),
    ("norwegian_danish", "Europe", "Magnus Eirik Sindre Jonas Rasmus Søren Mads Kasper Torbjørn Ole",
     "Ingeborg Solveig Mette Signe Tove Line Kirsten Ragnhild Hanne Sofie",
     "Hansen;Jørgensen;Pedersen;Kristiansen;Halvorsen;Bakke;Mikkelsen;Sørensen;Østergaard;Dahl", ""),
    ("finnish", "Europe", "Juha Mikko Jukka Antti Timo Ville Eero Teemu Pekka Olli",
     "Aino Tuula Päivi Satu Kaisa Heidi Riikka Minna Sanna Eveliina",
     "Korhonen;Virtanen;Mäkinen;Nieminen;Hämäläinen;Laine;Heikkinen;Koskinen;Järvinen;Lehtonen", ""),
    ("icelandic", "Europe", "Gunnar Sigurður Ólafur Jón Einar Kristján Bjarni Hákon Þórir Stefán",
     "Guðrún Sigríður Kristín Helga Þórdís Ragnheiður Hildur Jóhanna Brynja Unnur",
     "Gunnarsson|Gunnarsdóttir;Sigurðsson|Sigurðardóttir;Ólafsson|Ólafsdóttir;Jónsson|Jónsdóttir;"
     "Einarsson|Einarsdóttir;Magnússon|Magnúsdóttir;Stefánsson|Stefánsdóttir", ""),
    ("levantine", "Middle East", "Karim Rami Ziad Tarek Fadi Bassam Nabil Samir Walid Khalil",
     "Rania Lina Maya Dalia Hiba Nour Yara Rasha Dima Samar",
     "Al-Khoury;Haddad;Nasrallah;El-Amin;Saade;Mansour;Aoun;Abou Jaoude;Khalaf;Al-Masri", ""),
    ("gulf", "Middle East", "Abdullah Faisal Khalid Sultan Hamad Saeed Majid Rashid Turki Nasser",
     "Noura Maha Hessa Reem Latifa Shamma Alanoud Moza Asma Hind",
     "Al-Mansoori;Al-Qahtani;Al-Shamsi;Al-Otaibi;Al-Harbi;Al-Falasi;Al-Dosari;Al-Ketbi;Al-Mutairi", ""),
    ("maghrebi", "Africa", "Youssef Mehdi Yassine Amine Hicham Redouane Mounir Idriss Anis Nabil",
     "Salma Imane Khadija Meryem Siham Nadia Wafa Houda Loubna Ikram",
     "Benali;Bouzid;El Idrissi;Ait Lahcen;Chergui;Belkacem;Ouali;Tazi;Bensaïd;Hamdaoui", ""),
    ("persian", "Middle East", "Reza Mehdi Arash Babak Dariush Kourosh Farhad Hamid Kian Omid",
     "Shirin Parisa Leila Niloufar Mahsa Roya Yasaman Golnaz Shadi Azadeh",
     "Hosseini;Rezaei;Mohammadi;Karimi;Jafari;Moradi;Tehrani;Esfahani;Ghorbani;Sadeghi", ""),
    ("hebrew", "Middle East", "Yossi Avi Eitan Noam Itai Oren Gilad Amir Uri Doron",
     "Noa Tamar Shira Michal Yael Adi Ronit Hila Liat Orly",
     "Cohen;Levi;Mizrahi;Peretz;Biton;Friedman;Avraham;Shapiro;Ben-David;Katz", ""),
    ("hindi", "South Asia", "Rahul Amit Vikram Rohit Sandeep Ankit Nikhil Abhishek Saurabh Gaurav",
     "Priya Pooja Neha Anjali Kavita Sunita Shweta Ritu Divya Meenakshi",
     "Sharma;Verma;Gupta;Agarwal;Srivastava;Mishra;Chaturvedi;Tiwari;Malhotra;Saxena", ""),
    ("south_indian", "South Asia", "Karthik Venkatesh Srinivas Murali Arvind Senthil Ravi Prakash Naveen Harish",
     "Lakshmi Deepa Kavya Revathi Swathi Anitha Padma Sowmya Gayathri Bhavana",
     "Subramanian;Krishnamurthy;Reddy;Naidu;Iyer;Pillai;Venkataraman;Raghavan;Nair;Gowda", ""),
    ("punjabi", "South Asia", "Harpreet Gurpreet Jaspreet Manpreet Amrit Baljit Kuldeep Sukhwinder Navdeep Inderjit",
     "Simran Harleen Jasleen Navneet Gurleen Manjit Rajvir Parminder Amandeep Kirandeep",
     "Singh|Kaur;Sandhu;Gill;Dhillon;Grewal;Sidhu;Brar;Bains;Randhawa;Aulakh", ""),
    ("bengali", "South Asia", "Sourav Arindam Debashis Subhajit Partha Anirban Tanmoy Rajib Sayan Biswajit",
     "Moumita Sreyashi Tanushree Payel Rituparna Debjani Sudeshna Mitali Ananya Rupa",
     "Chatterjee;Banerjee;Mukherjee;Bhattacharya;Ganguly;Chowdhury;Sengupta;Das;Bose;Sarkar", ""),
    ("pakistani", "South Asia", "Imran Bilal Usman Hamza Faisal Zeeshan Adnan Waqar Shahid Kamran",
     "Ayesha Sana Hira Mehwish Sadia Rabia Zainab Amna Iqra Mahnoor",
     "Qureshi;Siddiqui;Chaudhry;Butt;Malik;Sheikh;Abbasi;Mirza;Rana;Hashmi", ""),
    ("chinese", "East Asia", "Wei Jun Hao Lei Qiang Ming Zhiwei Jianguo Yong Xiang",
     "Fang Jing Xiaoling Yan Lihua Mei Xue Ying Huiying Qiong",
     "Wang;Zhang;Liu;Chen;Yang;Huang;Zhao;Zhou;Xu;Sun Li;Guo", "ff2"),
    ("japanese", "East Asia", "Haruto Takeshi Kenji Hiroshi Daisuke Ryota Shota Yuto Kazuki Masato",
     "Yui Haruka Aoi Sakura Misaki Yuka Ayumi Nanami Rin Kaori",
     "Sato;Suzuki;Takahashi;Tanaka;Watanabe;Ito;Yamamoto;Nakamura;Kobayashi;Kato;Yoshida", "ff2"),
    ("korean", "East Asia", "Min-jun Ji-hoon Seo-jun Hyun-woo Dong-hyun Jae-won Sung-min Tae-yang Woo-jin Joon-ho",
     "Seo-yeon Ji-woo Ha-eun Min-seo Soo-ah Ye-jin Eun-ji Hye-won Yu-na Da-eun",
     "Kim;Lee;Park;Choi;Jung;Kang;Cho;Yoon;Jang;Lim", "ff2"),
    ("vietnamese", "South-East Asia", "Minh Tuấn Hùng Dũng Quang Thắng Khoa Bảo Phúc Nghĩa",
     "Lan Hương Thảo Ngọc Trang Phương Hạnh Linh Vy Uyên",
     "Nguyễn;Trần;Phạm;Hoàng;Huỳnh;Phan;Vũ;Đặng;Bùi;Ngô", "ff"),
    ("filipino", "South-East Asia", "Jose Rizaldy Marlon Jomar Rodel Dindo Ronaldo Jericho Aldrin Efren",
     "Maricel Rowena Lorna Jocelyn Kristine Mylene Rhodora Analyn Liezl Charmaine",
     "dela Cruz;Reyes;Bautista;Santos;Mendoza;Villanueva;Manalo;Dimaculangan;Macaraeg;Pangilinan", ""),
    ("malay_indonesian", "South-East Asia", "Ahmad Muhammad Hafiz Faizal Azlan Rizal Budi Agus Wahyu Dedi",
     "Siti Nurul Aisyah Farah Zulaikha Dewi Sri Rina Putri Wulan",
     "bin Ismail|binti Ismail;bin Abdullah|binti Abdullah;bin Hassan|binti Hassan;Santoso;Wijaya;Kusuma;"
     "Setiawan;Hidayat;Nugroho;Saputra", ""),
    ("thai", "South-East Asia", "Somchai Anucha Kittisak Surachai Prasert Thanakorn Wirat Nattapong Chaiwat Pichit",
     "Siriporn Kanokwan Nattaya Pornthip Sasithorn Wanida Rattana Supaporn Chutima Malee",
     "Srisuk;Wongsawat;Chaiyaporn;Rattanakorn;Suwannarat;Thongchai;Boonmee;Phromma;Saelim;Kaewkla", ""),
    ("yoruba_igbo", "Africa", "Oluwaseun Babatunde Adewale Chukwuemeka Obinna Ifeanyi Olumide Tunde Emeka Kayode",
     "Funmilayo Ngozi Chiamaka Adaeze Folasade Yetunde Chioma Temitope Nneka Omolara",
     "Adeyemi;Okafor;Eze;Balogun;Nwosu;Adebayo;Okonkwo;Ogunleye;Chukwu;Afolabi", ""),
    ("akan", "Africa", "Kwame Kofi Kwabena Yaw Kwaku Kojo Kwesi Nana Ebo Fiifi",
     "Ama Akosua Abena Efua Yaa Adwoa Afua Esi Araba Akua",
     "Mensah;Owusu;Boateng;Asante;Osei;Agyeman;Ofori;Appiah;Darko;Amoako", ""),
    ("east_african", "Africa", "Wanjiru Otieno Kamau Baraka Juma Mwangi Kipchoge Omondi Njoroge Hamisi",
     "Achieng Wambui Nyambura Zawadi Atieno Njeri Wairimu Akinyi Neema Rehema",
     "Kariuki;Ochieng;Mutua;Kiprotich;Wekesa;Odhiambo;Chebet;Nyaga;Mwakilema;Kimani", ""),
    ("ethiopian", "Africa", "Abebe Dawit Tesfaye Yohannes Bereket Haile Mulugeta Girma Tewodros Kebede",
     "Meron Selam Hirut Tigist Bethlehem Genet Mahlet Rahel Saba Almaz",
     "Bekele;Tadesse;Alemu;Gebremedhin;Wolde;Haile;Assefa;Negash;Desta;Getachew", ""),
    ("southern_african", "Africa", "Sipho Thabo Themba Bongani Mandla Lwazi Pieter Johan Sibusiso Kagiso",
     "Nomvula Thandeka Lerato Palesesa Zanele Naledi Annelie Marieke Busisiwe Nandi",
     "Dlamini;Nkosi;Khumalo;Mokoena;Ndlovu;van der Merwe;Botha;du Plessis;Mahlangu;Mthembu", ""),
    ("maori_pacific", "Pacific", "Wiremu Tama Rangi Hemi Aperahama Sione Tevita Mataio Viliami Manaia",
     "Aroha Moana Hine Kiri Anahera Mele Losana Salote Ana-Lisa Tui",
     "Te Whata;Ngata;Parata;Tuhoe;Walker-Ngata;Tuipulotu;Fifita;Taufa;Vainikolo;Havili", ""),
    ("caucasus", "Europe", "Giorgi Levan Davit Irakli Zurab Aram Tigran Hayk Vardan Armen",
     "Nino Tamar Mariam Ketevan Ani Lusine Anahit Gayane Nare Salome",
     "Beridze;Kapanadze;Gelashvili;Lomidze;Tsiklauri;Petrosyan;Hakobyan;Grigoryan;Sargsyan;Harutyunyan", ""),
    ("central_asian", "Asia", "Nurlan Yerlan Aibek Timur Bakhyt Rustam Daniyar Azamat Farrukh Sherzod",
     "Aigerim Gulnara Madina Dinara Aizhan Zarina Saule Kamila Dilnoza Nargiza",
     "Nurlanov|Nurlanova;Abdullaev|Abdullaeva;Karimov|Karimova;Seitkali;Zhumabekov|Zhumabekova;"
     "Tashkentov|Tashkentova;Akhmetov|Akhmetova;Yusupov|Yusupova", ""),
    ("andean_caribbean", "Americas", "Wilmer Yeison Jhon Edwin Fredy Brayan Kevin Andrés Darwin Yordan",
     "Yurani Leidy Yuliana Marisol Katherine Dayana Yesica Luz Milagros Nayeli",
     "Quispe;Mamani;Huamán;Condori;Rivera Ortiz;Marrero;Delgado Peña;Castro;Cárdenas;Torres", ""),
]

# Pairs written in their own scripts: (tradition, native given, native family, romanised given, romanised family,
# native order: 'ff' family first without a space (CJK), 'ffs' family first with a space, '' given first).
NATIVE = [
    ("japanese", "健太", "佐藤", "Kenta", "Sato", "ff"), ("japanese", "美咲", "鈴木", "Misaki", "Suzuki", "ff"),
    ("japanese", "翔太", "高橋", "Shota", "Takahashi", "ff"), ("japanese", "陽菜", "山本", "Hina", "Yamamoto", "ffs"),
    ("chinese", "伟", "王", "Wei", "Wang", "ff"), ("chinese", "娜", "李", "Na", "Li", "ff"),
    ("chinese", "静", "张", "Jing", "Zhang", "ff"), ("chinese", "志强", "陈", "Zhiqiang", "Chen", "ff"),
    ("chinese", "雅婷", "林", "Yating", "Lin", "ff"),
    ("korean", "민준", "김", "Min-jun", "Kim", "ff"), ("korean", "서연", "이", "Seo-yeon", "Lee", "ff"),
    ("korean", "지훈", "박", "Ji-hoon", "Park", "ff"),
    ("russian", "Дмитрий", "Иванов", "Dmitry", "Ivanov", ""), ("russian", "Анна", "Смирнова", "Anna", "Smirnova", ""),
    ("russian", "Сергей", "Кузнецов", "Sergei", "Kuznetsov", ""),
    ("ukrainian", "Олена", "Шевченко", "Olena", "Shevchenko", ""),
    ("ukrainian", "Тарас", "Коваленко", "Taras", "Kovalenko", ""),
    ("serbian", "Милош", "Јовановић", "Miloš", "Jovanović", ""),
    ("bulgarian", "Георги", "Петров", "Georgi", "Petrov", ""),
    ("greek", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", ""),
    ("greek", "Ελένη", "Οικονόμου", "Eleni", "Oikonomou", ""),
    ("arabic", "يوسف", "خليل", "Youssef", "Khalil", ""), ("arabic", "فاطمة", "منصور", "Fatima", "Mansour", ""),
    ("persian", "مریم", "احمدی", "Maryam", "Ahmadi", ""), ("hebrew", "נועה", "לוי", "Noa", "Levi", ""),
    ("hebrew", "דוד", "כהן", "David", "Cohen", ""),
    ("hindi", "राहुल", "शर्मा", "Rahul", "Sharma", ""), ("hindi", "प्रिया", "वर्मा", "Priya", "Verma", ""),
    ("marathi", "अमित", "पाटील", "Amit", "Patil", ""), ("bengali", "সুমন", "দাস", "Suman", "Das", ""),
    ("tamil", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", ""),
    ("telugu", "శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy", ""),
    ("gujarati", "હેતલ", "પટેલ", "Hetal", "Patel", ""), ("punjabi", "ਹਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Harpreet", "Singh", ""),
    ("thai", "สมชาย", "ใจดี", "Somchai", "Jaidee", ""), ("georgian", "გიორგი", "ბერიძე", "Giorgi", "Beridze", ""),
    ("armenian", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", ""), ("amharic", "አበበ", "በቀለ", "Abebe", "Bekele", ""),
    ("kazakh", "Айгерім", "Нұрланова", "Aigerim", "Nurlanova", ""),
]

ACCT_STYLES = ("first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last", "last.first",
               "last_f", "first")


def fold(s: str) -> str:
    """ASCII-fold a name for accounts and e-mail local parts."""
    s = s.replace("ß", "ss").replace("Ł", "L").replace("ł", "l").replace("Đ", "D").replace("đ", "d")
    s = s.replace("Þ", "Th").replace("þ", "th").replace("ð", "d").replace("Ø", "O").replace("ø", "o")
    s = s.replace("æ", "ae").replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


class Person:
    def __init__(self, given: str, family: str, trad: str, family_first: bool,
                 native: tuple[str, str, str] | None = None) -> None:
        self.given, self.family, self.trad, self.family_first = given, family, trad, family_first
        self.native = native  # (given, family, order)
        self.used: list[str] = []  # account names handed out (for the leak check)

    # display forms -------------------------------------------------------
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"

    def western(self) -> str:
        return f"{self.given} {self.family}"

    def native_full(self) -> str:
        if not self.native:
            return self.full()
        g, f, order = self.native
        return f + g if order == "ff" else (f"{f} {g}" if order == "ffs" else f"{g} {f}")

    def last_first(self) -> str:
        return f"{self.family}, {self.given}"

    def slash(self) -> str:
        return f"{fold(self.family).upper()}/{fold(self.given).upper()}"

    def initial(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def display(self, rng, upper_ok: bool = True) -> str:
        """A free display form, as a UI or a log might print it."""
        r = rng.random()
        if self.native and r < 0.6:
            return self.native_full()
        if r < 0.6:
            return self.full()
        if r < 0.7:
            return self.western()
        if r < 0.8:
            return self.last_first()
        if r < 0.9 and upper_ok:
            return self.full().upper()
        return self.initial() if rng.random() < 0.5 else self.full()

    # derived identifiers ----------------------------------------------------
    def acct(self, rng, style: str | None = None, digits: bool | None = None) -> str:
        g = _slug(self.given)
        f = _slug(self.family)
        style = style or rng.choice(ACCT_STYLES)
        a = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
             "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}",
             "last_f": f"{f}_{g[0]}", "first": g}[style]
        if digits or (digits is None and rng.random() < 0.22):
            a += str(rng.choice([1, 2, 3, 7, 12, 21, 77, 84, 90, 2019]))
        self.used.append(a)
        return a

    def email(self, rng, domain: str | None = None) -> str:
        local = self.acct(rng, rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "f.last"]))
        return f"{local}@{domain or rng.choice(EMAIL_DOMAINS)}"

    def tokens(self) -> list[str]:
        """Every word the leak check looks for (plain, folded, encoded, escaped)."""
        words = set()
        parts = [self.given, self.family] + ([self.native[0], self.native[1], self.native_full()] if self.native else [])
        for p in parts:
            for w in re.split(r"[\s'’.\-]+", p) + [p]:
                if len(w) >= 2:
                    words.add(w)
        for w in list(words):
            words.add(fold(w))
            words.add(quote(w))
            words.add(quote_plus(w))
            words.add(json.dumps(w)[1:-1])
            words.add(w.encode("ascii", "backslashreplace").decode())
        for a in self.used:
            words.add(a)
        return sorted(w for w in words if len(w) >= 2)


EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "gmail.com", "outlook.com",
                 "yahoo.co.uk", "web.de", "orange.fr", "libero.it", "wp.pl", "seznam.cz", "naver.com",
                 "qq.com", "yandex.ru", "rediffmail.com", "uol.com.br", "gmx.at", "icloud.com", "proton.me"]
AUTO_DOMAINS = ["northgate-motors.example", "rivera-auto.example", "meridian-cars.example", "dealer-group.example"]
BUILD_DOMAINS = ["summitgc.example", "kestrel-eng.example", "halvorsen-bygg.example", "atlas-builders.example",
                 "brightline-ae.example", "example.com"]
WORK_DOMAINS = AUTO_DOMAINS + BUILD_DOMAINS


def _build() -> tuple[dict, list]:
    trads = {}
    for key, region, male, female, surn, flags in T:
        sm, sf = [], []
        for s in surn.split(";"):
            m, _, f = s.partition("|")
            sm.append(m)
            sf.append(f or m)
        trads[key] = {"region": region, "m": male.split(), "f": female.split(), "sm": sm, "sf": sf, "flags": flags}
    return trads, NATIVE


TRADS, _ = _build()
TRAD_KEYS = [t[0] for t in T]


def draw_person(rng, trad: str | None = None) -> Person:
    """A person from one tradition; trad= asks for a tradition (its own-script pairs 70% of the time)."""
    pool = [n for n in NATIVE if n[0] == trad] if trad else NATIVE
    if (trad and pool and (rng.random() < 0.7 or trad not in TRADS)) or (not trad and rng.random() < 0.2):
        t, gn, fn, gr, fr, order = rng.choice(pool)
        return Person(gr, fr, t, order in ("ff", "ffs") and rng.random() < 0.5, (gn, fn, order))
    key = trad or rng.choice(TRAD_KEYS)
    t = TRADS[key]
    i = rng.randrange(len(t["sm"]))
    if rng.random() < 0.5:
        given, fam = rng.choice(t["m"]), t["sm"][i]
    else:
        given, fam = rng.choice(t["f"]), t["sf"][i]
    ff = t["flags"] == "ff" or (t["flags"] == "ff2" and rng.random() < 0.5)
    return Person(given, fam, key, ff)


def stats() -> dict:
    given, fam = set(), set()
    for t in TRADS.values():
        given.update(t["m"] + t["f"])
        fam.update(t["sm"] + t["sf"])
    return {"given": len(given), "surnames": len(fam), "traditions": len(TRADS),
            "native_pairs": len(NATIVE), "native_scripts": len({n[0] for n in NATIVE})}

"""First-name gazetteer, space-separated; loaded by names_lexicon.

Collected from the person providers of Faker (MIT License, (c) 2012 Daniele Faraglia and
contributors; Cyrillic and Greek names transliterated) plus curated additions (Turkish, Arabic,
Polish, Russian/Ukrainian, Balkan, Vietnamese, English names and German nicknames).
"""

from __future__ import annotations

# Common in Germany, Austria, Switzerland and its large communities.
FIRST_NAMES_CORE = """
Aaron Abbas Abdallah Abdelaziz Abdelhak Abdelkader Abdellah Abdelrahman Abdou Abdul Abdul-Rahman
Abdulaziz Abdullah Abdulrahman Abel Abhishek Abigail Abraham Abram Achille Achilleas Achim Ada
Adalbert Adam Adel Adelbert Adele Adelgunde Adelheid Adelina Adelinde Adeline Adem Adil Adina
Adis Aditya Admir Adnan Adolf Adolfine Adolphe Adrian Adriana Adriane Adriano Adrien Adrienne
Adrián Aenne Aferdita Afra Afrim Afroditi Agata Agatha Agathe Agim Agnes Agnese Agnieszka Agnès
Agron Ahmad Ahmadullah Ahmadzai Ahmed Ahmet Aicha Aida Aikaterini Aiko Aimable Aischa Aisha Ajan
Ajay Ajla Ajna Akiko Alain Alan Alara Alasdair Alba Alban Albana Albert Albertine Alberto Albin
Albina Albrecht Albulena Aldin Aldo Alea Alejandra Alejandro Aleksandar Aleksander Aleksandr
Aleksandra Aleksei Aleksej Aleksey Alen Alena Alessandra Alessandro Alessia Alessio Alex Alexa
Alexandar Alexander Alexandra Alexandre Alexandros Alexei Alexej Alexey Alexia Alexis Alf Alfie
Alfons Alfonso Alfred Alfredo Ali Alice Alicia Alicja Alida Alina Aline Alisa Alisha Alison
Alissa Alistair Alix Aljona Alla Alma Almir Almut Almuth Alois Aloisia Aloys Aloyse Aloïs
Alphonse Altin Alvaro Alwin Alwina Alwine Aly Alya Alyona Alyssa Amalia Amalie Amanda Amandine
Amar Amaya Amber Amela Amelia Amelie Amin Amina Aminah Amine Amir Amira Amit Ammar Amra Amy
Amélie Ana Anabela Anabella Anan Anas Anastasia Anastasiia Anastasija Anastasios Anatol Anatoli
Anatolii Anatolij Anatoly Anaïs Anders Andi Andjela Andjelina Andre Andrea Andreas Andree
Andreea Andrei Andreia Andrej Andres Andrew Andrey Andri Andrii Andrin Andrina Andriy Andrzej
André Andréa Andrée Andy Anes Aneta Anett Anette Ange Angel Angela Angelica Angelika Angeliki
Angelina Angelique Angelo Angus Angèle Angélique Anh Anica Anicet Anika Anil Anina Anisa Anita
Anja Anjali Anka Anke Ankit Ann Ann-Christin Ann-Kathrin Anna Anna-Lena Anna-Luise Anna-Maria
Anna-Marie Annabell Annabella Annabelle Annalena Annaliese Annalisa Annalise Annamaria Annamarie
Anne Anne-Kathrin Anne-Katrin Anne-Laure Anne-Lise Anne-Marie Anne-Rose Anne-Sophie Annedore
Annegret Annegrete Annekatrin Anneke Annelene Anneli Annelie Annelies Anneliese Annelise
Annelore Annemarie Annemie Annerose Annett Annette Anni Annick Annie Annika Annina Annita Anny
Anouk Anselm Ansgar Ante Anthony Antigoni Antje Anto Antoaneta Antoine Antoinette Anton
Antonella Antonia Antonie Antonietta Antonina Antonino Antonio Antonios Antonis Antonius António
Anzhelika Aoife Apollonia Apostolos Aras Arash Arben Arber Arbnor Arbnora Arbër Archie Arda
Ardian Ardit Ardita Aria Arian Ariana Ariane Arianna Aribert Arif Arina Aristide Aristotelis
Ariton Arjun Arkadi Arkadij Arkadiusz Arlette Arlind Arlinda Armand Armande Armando Armelle
Armend Armin Arnaud Arnd Arndt Arne Arnfried Arnim Arno Arnold Arnulf Aron Aroon Arsim Arta
Artan Artem Artemis Arthur Artjom Artur Artyom Arun Arzu Ashley Ashok Asia Asma Asmaa Asmir
Assunta Asta Astrid Astride Astrit Athanasios Athina Attila Aude Audrey August Augusta Auguste
Augustin Augusto Aurel Aurelia Aurelie Aurelien Aurelio Aurora Aurore Aurélie Austin Ava Avni
Axel Aya Ayah Ayesha Ayla Aylin Ayman Aymen Aynur Ayoub Ayse Aysel Ayten Ayşe Azad Azadeh Aziz
Azra Babak Babett Babette Babis Babsi Badr Bahram Bajram Bakr Baldur Balthasar Balz Bao Baptist
Baptiste Baran Barbara Baris Barry Bartholomäus Bartlomiej Bartosz Bartłomiej Barış Bas Bashir
Bashkim Basil Bassam Basti Bastian Bastien Batuhan Bayram Beat Beata Beate Beatrice Beatrix
Beatriz Beda Behnam Behrouz Bekim Bekir Bela Belinda Ben Bene Benedict Benedikt Bengt Beni
Benita Benjamin Benni Benno Benny Benoit Benoît Berat Berend Berfin Berit Beritan Berk Berna
Bernadette Bernard Bernd Bernd-Dieter Berndt Bernfried Bernhard Bernhardine Bernt Bernward Berra
Bert Berta Bertha Berthe Berthold Bertl Bertold Bertram Bertrand Besa Besart Besarta Besim
Besnik Betina Betti Bettina Betty Betul Betül Beverly Biagio Bianca Bianka Biggi Bilal Biljana
Bill Billy Binh Birger Birgid Birgit Birgitt Birgitta Birte Birthe Bjoern Björn Blanche Blandine
Blanka Blerim Blerina Blerta Bluette Bo Bob Boban Bobby Bodo Bogdan Bogusław Bohdan Bojan Boris
Bozena Bożena Bram Brandon Branislav Branka Branko Brenda Brian Brigitta Brigitte Brit Brita
Britt Britta Brittany Bruce Bruna Brunhild Brunhilde Bruni Bruno Bryan Bujar Buket Bukurije
Bulent Burak Burckhard Burcu Burghard Burim Burkard Burkhard Burkhardt Busra Bärbel Béatrice
Béatrix Bénédicte Bülent Büşra Callum Calogero Calvin Camila Camilla Camille Can Canan Cansu
Caoimhe Caren Carin Carina Carine Carl Carl-Heinz Carla Carlo Carlos Carlotta Carmela Carmelo
Carmen Carmine Caro Carol Carola Carole Carolin Carolina Caroline Carolyn Carsten Caspar
Cassandra Cataleya Catalin Catalina Catarina Caterina Catharina Catherine Cathleen Cathrin Catia
Catrin Cecilia Cecille Cedric Celal Celia Celina Celine Cem Cemal Cemil Cengiz Centa Cetin
Cevdet Chantal Charalambos Charalampos Charles Charlie Charline Charlotte Charly Chau Chen
Cheryl Cheyenne Chi Chiara Chloe Chloé Chris Christa Christa-Maria Christel Christelle Christian
Christiana Christiane Christin Christina Christine Christl Christof Christoph Christophe
Christopher Christos Chrysoula Cian Ciara Ciaran Cihan Cilli Cilly Cindy Cinzia Claas Claire
Claire-Lise Clara Clare Clarissa Clarisse Claude Claudette Claudia Claudie Claudine Claudio
Claudius Claudy Claus Claus-Dieter Claus-Peter Clemens Clement Clive Clothilde Clotilde Cláudia
Cläre Clémence Clémentine Colette Colin Concetta Connor Conny Conor Conrad Conradin Constance
Constant Constantin Constanze Cora Coralie Cord Cordula Corina Corine Corinna Corinne Corneille
Cornel Cornelia Cornelius Corsin Cosima Cosimo Cosmin Craig Cristian Cristiana Cristiano
Cristina Csaba Cuong Curdin Curt Cynthia Cyril Cyrill Cyrille Cyrus Czeslaw Czesław Cátia
Cäcilia Cäcilie Cécile Cédric Célestin Célia Céline Cătălin Dafina Dafni Dagmar Dagmara Dagobert
Daiki Daisy Dajana Dalia Dalibor Damaris Damian Damiano Damien Damienne Damir Damjan Damla Dan
Dana Dang Dani Danica Daniel Daniela Daniele Danielle Daniil Danijel Danijela Danila Danilo
Danièle Danny Danuta Dany Danylo Dardan Daria Dariia Dario Daris Darius Dariusch Dariush Dariusz
Darja Darko Darragh Daryna Dat Dave David Davide Dawid Dawood Dawud Dean Debora Deborah Debra
Declan Deepa Deepak Defne Dejan Delal Delia Delphine Deniis Denis Denise Deniz Dennis Denny
Derek Derya Desiree Desirée Desislava Despina Despoina Detlef Detlev Devin Diana Diane Diar
Didier Diedrich Diego Dierk Dieter Diethard Diethelm Diether Dietlind Dietlinde Dietmar Dietrich
Dieu Dijana Dilan Dilara Dilek Dimitar Dimitra Dimitri Dimitrios Dimitris Dina Dino Diogo Dion
Dirk Ditmar Dittmar Djamal Djamila Djordje Dmitri Dmitrij Dmitry Dmytro Doaa Dogan Dolores
Domenic Domenica Domenico Domi Domingos Dominic Dominik Dominique Donald Donat Donata Donatella
Donato Donika Donna Dora Doreen Dorian Dorina Doris Dorit Dorle Dorota Dorothe Dorothea Dorothee
Dorothy Dorothée Douglas Dounia Dragan Dragana Dragica Drago Dragoljub Dragos Dragoș Drilon
Drita Dritan Driton Duaa Duarte Duc Duncan Dung Dunja Dunya Duong Dursun Dusan Dusko Duygu Dušan
Duško Dylan Dzenan Déborah Désiré Désirée Dörte Dörthe Dženan Eberhard Eberhardt Ebrahim Ebru
Ecem Eckard Eckart Eckehard Eckhard Eckhardt Eckhart Eda Edda Eddy Edelbert Edelgard Edeltraud
Edeltraut Edeltrud Edgar Edgard Edin Edina Edis Edit Edith Editha Edmond Edmund Edon Edona
Edouard Eduard Eduardo Edward Edwin Edyta Efe Efstathios Efthymia Eftychia Egbert Eggert Egon
Egor Egzon Egzona Ehrenfried Ehrentraud Ehrhard Ehsan Eileen Eirini Eitel Ekaterina Ekkehard
Ekkehart Ekrem Ela Elda Eldon Elea Elena Eleni Elenore Eleonora Eleonore Elfi Elfida Elfie
Elfriede Elia Eliana Eliane Elias Elie Eliette Elif Elijah Elin Elina Eline Elio Eliona Elira
Elisa Elisabet Elisabete Elisabeth Elisabetha Elisabetta Elise Eliza Elizabeth Elke Ella Ellen
Elli Ellie Ellinor Elly Elma Elmar Elodie Eloi Elona Eloïse Elsa Elsbeth Else Elvan Elvana Elvir
Elvira Elvire Elvis Elwira Elyas Elzbieta Eléonore Elżbieta Ema Emad Emanuel Emanuela Emanuele
Emel Emelina Emely Emil Emile Emilia Emilian Emilie Emilija Emilio Emily Emin Emina Emine Emir
Emira Emma Emmanouil Emmanuel Emmanuelle Emmerich Emmi Emmy Emre Ena Endrit Enea Enes Engelbert
Engin Enis Enna Ennio Enno Enrico Enrique Ensar Enver Enya Enzo Eoin Eowyn Ercan Erdal Erdmute
Erdogan Erdoğan Eren Erhard Erhardt Eric Erica Erich Erik Erika Erina Erion Erkan Ermin Erna
Ernest Ernestine Ernesto Ernst Ernst-August Ernst-Dieter Ernst-Otto Erny Erol Ertan Erva Erwin
Esin Eslemnur Esma Esperanza Esra Esteban Estella Estelle Ester Esther Ethan Etienne Etta Ettore
Eugen Eugene Eugenia Eugenie Eugenio Eugène Eugénie Eun Eunice Eva Eva-Maria Eva-Marie Evamaria
Evan Evangelia Evangelos Evdokia Eve Evelin Eveline Evelyn Evelyne Evgenia Evgenij Evgeny Evi
Evie Evita Ewa Ewald Ewelina Eylül Fabia Fabian Fabiana Fabien Fabienne Fabio Fabiola Fabrice
Fabrizio Fadi Fadil Fadime Fadwa Fady Fahad Fahd Fahrudin Faisal Falk Falko Fanny Farah Fares
Farhad Farid Faris Faruk Farzad Farzaneh Fatbardha Fatemeh Fatih Fatima Fatime Fatma Fatmir
Fatmire Faton Federica Federico Fedor Felice Felicia Felicien Felicitas Felipe Felix Felizitas
Femke Feng Ferdi Ferdinand Ferdl Ferenc Fereshteh Feride Fernand Fernanda Fernande Fernando
Ferny Fikret Filip Filipa Filipe Filippa Filippo Filiz Filomena Fini Finja Finley Finn Fiona
Firmin Fisnik Fitim Fitore Fjodor Fjolla Flamur Flavia Flavio Flo Flora Flore Florence Florencia
Florent Florentin Florentina Florentine Florian Floriane Florim Florin Florina Flurin Flurina
Folker Folkert Foteini Fotini Fouad Franca France Frances Francesca Francesco Francine Francis
Francisca Francisco Franck Franco Francoise Franjo Frank Frank-Michael Frank-Peter Franka
Frankie Franky Franz Franz-Josef Franz-Peter Franz-Xaver Franzi Franziska François Françoise
Frauke Fred Freddie Freddy Frederic Frederick Frederik Frederike Fredi Fredo Fredy Freia Freya
Frida Fridolin Frieda Friedbert Friedel Friedemann Frieder Friedericke Friederike Friedhelm
Friedhilde Friedhold Friedl Friedlinde Friedo Friedrich Friedrich-Karl Friedrich-Wilhelm
Frithjof Fritz Fritzi Frédéric Frédérique Fuad Furkan Fynn Fyodor Fábio Félicie Félix Gabi Gabor
Gabriel Gabriela Gabriele Gabriella Gabrielle Gaby Gaetano Gaia Galina Gamze Ganesh Gani
Ganimete Gary Gaston Gaurav Gavin Gazmend Gaël Gaëlle Gebhard Geert Gemma Geneviève Gennadi
Gennadij Gennady Gennaro Genoveva Genowefa Geoff Georg George Georges Georgette Georgi Georgia
Georgine Georgios Gerald Geraldine Gerard Gerardo Gerasimos Geraud Gerd Gerda Gerdi Gereon
Gerfried Gergana Gerhard Gerhardt Gerhart Gerhild Gerlind Gerlinde Germaine German Gernot Gero
Gerold Gerolf Gert Gerta Gerti Gertraud Gertraude Gertraut Gertrud Gertrude Gerwin Gery Gesa
Gesche Gesine Geza Gezim Ghada Ghassan Gheorghe Ghislain Ghislaine Giacomo Giada Gian Gian-Luca
Giancarlo Gianfranco Giang Gianluca Gianna Gianni Giannis Giesela Gil Gilbert Gilberte Gilda
Gilles Gillian Gina Ginette Ginevra Gino Gioia Gion Giorgia Giorgio Giorgos Giovanna Giovanni
Gisa Gisbert Gisela Gislinde Gisèle Gitta Gitte Gitti Giulia Giuliana Giuliano Giulio Giuseppa
Giuseppe Giuseppina Gizem Gjergj Gladys Gleb Gloria Gokhan Golnar Gonca Goncalo Gonzalo Gonçalo
Goran Gordana Gordon Gottfried Gotthard Gotthilf Gotthold Gottlieb Gottlob Grace Graham Grainne
Grazia Graziella Grazyna Grażyna Greg Gregor Gregory Greta Gretchen Grete Gretel Gretl Grigori
Grigorij Grigorios Grit Grzegorz Grégoire Grégory Guadalupe Gudrun Gudula Guenter Guenther Guido
Guillaume Guillermo Guiseppe Gul Gunar Gunda Gundel Gundi Gundolf Gundula Gunhild Gunnar Gunter
Gunther Guntram Gurpreet Gustav Gusti Guy Gwenael Gwenda Gzim Gérald Géraldine Gérard Gëzim
Gökhan Gökçe Gönül Götz Gül Gülay Gülsen Gülsüm Gülten Gülşen Günter Günther Ha Habib Hadi Hagen
Hai Haidar Haider Hajo Hakan Hakim Hala Halil Halina Halyna Hamdi Hamdija Hamed Hamid Hamidullah
Hamish Hamza Hana Hanan Hande Hang Hanh Hani Hanife Hanna Hannah Hannchen Hanne Hanne-Lore
Hannelore Hannes Hanni Hanno Hanns Hanny Hans Hans-Adolf Hans-Albert Hans-Bernd Hans-Christian
Hans-Detlef Hans-Dieter Hans-Dietrich Hans-Eberhard Hans-Erich Hans-Friedrich Hans-Georg
Hans-Gerd Hans-Gerhard Hans-Günter Hans-Günther Hans-Heinrich Hans-Helmut Hans-Henning
Hans-Herbert Hans-Hermann Hans-Hinrich Hans-Joachim Hans-Jochen Hans-Josef Hans-Jörg Hans-Jürgen
Hans-Karl Hans-Ludwig Hans-Martin Hans-Michael Hans-Otto Hans-Peter Hans-Rainer Hans-Rudolf
Hans-Theo Hans-Ulrich Hans-Uwe Hans-Walter Hans-Werner Hans-Wilhelm Hans-Willi Hans-Wolfgang
Hansgeorg Hansi Hansjoachim Hansjörg Hansjürg Hansjürgen Hanspeter Hansruedi Hansueli Hao Haoran
Harald Hardy Haris Harm Harold Harpreet Harri Harriet Harro Harry Hartmut Hartmuth Hartwig Harun
Haruto Hasan Hassan Hassani Hasso Hatice Hau Hauke Hava Heather Heba Hector Hedda Hedi Hedwig
Hedy Heide Heide-Marie Heidelinde Heidelore Heidemarie Heiderose Heidi Heidrun Heidy Heike Heiko
Heimo Heiner Heinfried Heini Heino Heinrich Heinz Heinz-Dieter Heinz-Georg Heinz-Gerd
Heinz-Günter Heinz-Günther Heinz-Joachim Heinz-Josef Heinz-Jürgen Heinz-Otto Heinz-Peter
Heinz-Walter Heinz-Werner Heinz-Wilhelm Heinz-Willi Heinzi Helen Helena Helene Helfried Helga
Helge Hella Hellmut Hellmuth Helma Helmar Helmtrud Helmut Helmuth Heloise Hendrik Henner Henni
Henning Henny Henri Henriette Henrik Henrike Henrique Henry Henryk Herbert Heribert Herlinde
Herma Hermann Hermann-Josef Hermine Herrmann Herta Hertha Hervé Herwig Hevin Hias Hiba Hicham
Hien Hiep Hieu Hilal Hilda Hildburg Hilde Hildegard Hildegart Hildegund Hildegunde Hilma Hilmar
Hiltraud Hiltrud Hinrich Hiroshi Hisham Hoa Hoang Holger Holly Holm Hong Horst Horst-Dieter
Horst-Günter Horst-Peter Hosna Hossein Houda Houssam Howard Hristo Hrvoje Hryhorii Huan Hubert
Hubertine Hubertus Huda Hue Hugo Hugues Huguette Hui Hulda Hulya Hung Huong Husain Husein
Hussain Hussam Hussein Huu Huy Huyen Hye Hyun Héctor Hélène Hülya Hüseyin Iain Ian Ibrahim Ida
Idris Idriz Ignace Ignacio Ignatz Ignaz Igor Ihor Ilaria Ilayda Ildiko Ilenia Ilhan Ilias Ilija
Ilir Ilja Ilka Ilker Illia Ilona Ilonka Ilse Ilya Ilyas Imad Iman Imane Imelda Imer Imke Immo
Imogen Imre Ina Inas Ines Inga Ingbert Inge Ingeborg Ingeburg Ingelore Ingetraud Ingetraut
Ingmar Ingo Ingolf Ingrid Ingried Inka Inken Inna Insa Inès Inés Inês Ioana Ioanna Ioannis Ion
Ionut Ionuț Ira Irem Irena Irene Irfan Irina Irini Iris Irma Irmela Irmengard Irmgard Irmhild
Irmi Irmingard Irmtraud Irmtraut Irmtrud Iryna Irène Isa Isaac Isabel Isabell Isabella Isabelle
Isidor Isla Ismael Ismail Ismet Isolde Issa Istvan István Iva Ivan Ivana Ivanka Ivanna Ivano
Ivaylo Ivica Ivo Ivonne Iván Iwan Iwona Iyad Izabela Jacek Jack Jacky Jacob Jacqueline Jacques
Jade Jadwiga Jae Jael Jaime Jakob Jakow Jakub Jalal Jamal James Jamie Jamil Jamila Jan Jan-Peter
Jana Jane Janet Janett Janette Janic Janice Janick Janik Janin Janina Janine Janis Janko Jann
Janna Jannik Jannis Jano Janos Janosch Janus Janusz Jaqueline Jara Jari Jaron Jaroslav Jaroslaw
Jarosław Jasin Jasmin Jasmina Jasmine Jason Jasper Jaspreet Javier Jawad Jayden Jaël Jean
Jean-Claude Jean-Luc Jean-Marc Jean-Paul Jean-Pierre Jeanette Jeanine Jeanne Jeannette Jeannie
Jeannine Jeannot Jeanny Jeff Jeffrey Jegor Jehona Jekaterina Jelena Jennifer Jenny Jens
Jens-Peter Jens-Uwe Jeremias Jeremie Jeremy Jeroen Jerome Jerry Jerzy Jesper Jesse Jessi Jessica
Jessika Jesus Jesús Jetmir Jeton Jewgeni Jewgenij Jewgenija Jewhen Ji Jiahui Jiaming Jian
Jianguo Jianhua Jie Jil Jill Jim Jimena Jimmy Jin Jing Jiri Jiyan Jo Joachim Joan Joana Joanna
Joanne Joao Joaquim Joaquin Joaquín Jobst Jocelyne Jochem Jochen Joe Joel Joelle Joerg Johan
Johann Johanna Johanne Johannes John Johnny Johny Jojo Jolanda Jolanta Jolanthe Jolina Jon Jona
Jonah Jonas Jonathan Jonte Joost Jordan Jorge Jorgos Joris Joschka Jose Josef Josefa Josefina
Josefine Joseph Josephine Josette Joshua Josiane Josip Jost Josua Josy José Josée Joséphine
Jovan Jovana Joy Joyce Jozef João Joé Joël Joëlle Juan Juana Judith Judy Juergen Jule Jules Juli
Julia Julian Juliana Juliane Julie Julien Julienne Julieta Juliette Julija Julijana Julio Julius
Jun Juna Jupp Juri Jurii Jurij Justin Justina Justine Justus Justyna Jusuf Jutta Jérôme Józef
Jörg Jörg-Peter Jörgen Jörn Jürg Jürgen Kaan Kacper Kader Kadir Kai Kai-Uwe Kais Kalina Kalle
Kalliopi Kaltrina Kamal Kamil Kamila Kareem Karen Karim Karin Karina Karine Karl Karl-August
Karl-Dieter Karl-Ernst Karl-Friedrich Karl-Georg Karl-Hans Karl-Heinrich Karl-Heinz Karl-Hermann
Karl-Josef Karl-Jürgen Karl-Ludwig Karl-Otto Karl-Peter Karl-Werner Karl-Wilhelm Karla Karlfried
Karlheinz Karola Karolin Karolina Karoline Karsten Karthik Kasim Kasimir Kaspar Kassiani
Kastriot Kata Katalin Katarina Katarzyna Kate Katerina Kateryna Katharina Katharine Katherina
Katherine Kathi Kathleen Kathrin Kathryn Kathy Kati Katia Katja Katrin Katy Kavita Kay Kay-Uwe
Kayla Kazim Kazimierz Kazuki Keiko Keith Kelly Kemal Ken Kenan Kenji Kenneth Kerem Kerim Kerstin
Kevin Khadidja Khadija Khaled Khalid Khalifa Khalil Khang Khanh Khoa Kian Kiano Kiara Kien
Kieran Kilian Kim Kimberly Kinga Kira Kiran Kiril Kirill Kirsten Kirstin Kirsty Kjell Klaas
Klara Klaudia Klaus Klaus-Dieter Klaus-Günter Klaus-Jürgen Klaus-Michael Klaus-Peter
Klaus-Ulrich Klaus-Werner Klea Klemens Klothilde Kläre Knud Knut Koen Konrad Konstantin
Konstantina Konstantinos Konstanze Koray Korbinian Kordula Korinna Kornelia Kornelius Kostas
Kostja Kourosh Krasimir Kresimir Kreszentia Kreszenz Krešimir Kriemhild Krishna Krista Kristian
Kristiane Kristijan Kristin Kristina Kristine Kristof Krystyna Krzysztof Ksenia Kseniia Kubra
Kujtim Kumar Kunibert Kunigunda Kunigunde Kuno Kurt Kushtrim Kyle Kyra Kyriaki Kyriakos Kyrylo
Käte Käthe Käthi Kübra Künkyi Labinot Ladina Ladislaus Laetitia Laila Lakshmi Lale Lama Lambert
Lambros Lamia Lan Lana Lara Lara-Sophie Larisa Larissa Larry Lars Lasse Laszlo Laura Laure
Laureen Lauren Laurence Laurent Laurenz Laurette Lauriane Laurin Laurina Lavinia Lawrence Layan
Layla Lazar Lea Lea-Sophie Leah Lean Leana Leander Leandra Leandro Leano Leart Lech Ledion Lei
Leif Leila Lejla Lena Lenchen Lene Leni Lennard Lennart Lenny Leo Leokadia Leon Leona Leonard
Leonardo Leonhard Leoni Leonid Leonidas Leonie Leonor Leonora Leonore Leontina Leopold
Leopoldine Lesley Leslie Leszek Leticia Letizia Levent Levi Levin Leyla Leyla-Katharina Lhanzey
Li Lia Liam Lian Liana Liane Lias Lidia Lidija Lidwina Lieke Lien Liesa Liesbeth Lieschen Liesel
Lieselotte Liesl Lili Lilia Lilian Liliana Liliane Lilija Liliya Lilli Lillian Lilly Lilo Lily
Lin Lina Linda Lindita Lindsay Lindsey Line Ling Linh Linnea Lino Linus Lio Lioba Lionel Liridon
Liridona Lirim Lirjan Lisa Lisa-Marie Lisbeth Lise Liselotte Lisette Lisl Lissi Lissy Liudmyla
Liv Livia Livio Liya Ljiljana Ljuba Ljubica Ljubisa Ljubow Ljudmila Loan Loay Loc Logan Lola
Long Loni Lora Lore Loredana Lorena Lorenz Lorenza Lorenzo Loretta Lorik Lorin Loris Lothar
Lotta Lotte Lotti Lou Louana Louay Loubna Louie Louis Louisa Louise Lourdes Loïc Luan Luana Luay
Lubna Lubomir Lubov Luc Luca Lucas Lucette Lucia Lucian Luciana Luciano Lucie Lucien Lucienne
Lucio Lucy Lucyna Lucía Ludger Ludivine Ludmila Ludmilla Ludovic Ludwig Ludwina Luej Luena Luigi
Luigia Luis Luisa Luise Luitgard Luka Lukas Lukasz Luke Luljeta Lulzim Luna Lutz Luz Luzia Luzie
Luzius Luís Lya Lydia Lydiane Lydianne Lydie Lynn Lysiane Lyubomir Lyubov Lyudmila László Léa
Léandre Léane Léna Léo Léon Léonard Léonce Léone Léonie Léontine Léopold Maarten Maciej
Maddalena Madeleine Madison Madleina Madlen Mael Maeva Mafalda Magali Magalie Magarete Magda
Magdalena Magdalene Magdalini Maggy Magnus Magret Magrit Mahdi Mahmoud Mahmud Mahmut Mahnaz
Mahsa Mai Maida Maik Maike Maila Maisa Maisy Maivi Maja Majed Majid Maksim Maksym Malak Malcolm
Malea Malena Malene Malgorzata Malik Malika Malin Malio Malou Malte Malu Manal Mandy Manfred
Manila Manja Manni Manoj Manolis Manon Manpreet Mansour Mansur Mantas Manuel Manuela Manuelle
Mara Mara-Julie Maral Marc Marcel Marcela Marceline Marcella Marcelle Marcello Marcelo Marcia
Marcin Marco Marcos Marcus Mareen Mareike Mareile Marek Maren Marga Margaret Margareta Margarete
Margaretha Margarethe Margarida Margarita Margaritha Margaux Margherita Margit Margita Margitta
Margot Margret Margreth Margrit Margrith Marguerite Marguy Mari Maria Maria-Luise Maria-Theresia
Mariam Marian Mariana Mariangela Marianna Marianne Marica Marie Marie-Cecilie Marie-Christine
Marie-Claire Marie-Claude Marie-France Marie-Jeanne Marie-José Marie-Laure Marie-Louise
Marie-Luise Marie-Sophie Marie-Theres Marie-Therese Marie-Thérèse Mariechen Mariele Mariella
Marielle Marieluise Marietta Mariette Marija Marijan Marijana Marika Marilena Marilyn Marin
Marina Marine Marinette Marino Mario Mariola Marion Marios Marisa Marise Marissa Marit Marita
Maritta Marius Mariusz Marjan Marjorie Mark Marko Markus Marle Marleen Marlen Marlene Marlies
Marliese Marlis Marlise Marloes Marlon Marlyse Marlène Marta Marten Martha Marthe Martial Martim
Martin Martina Martine Martyna Marvin Marwa Marwan Mary Maryam Maryline Marylène Maryna Maryse
Maryvonne Marzena María Massimiliano Massimo Mate Matej Mateo Mateusz Matheo Mathias Mathieu
Mathilda Mathilde Mathis Matilda Matilde Mato Mats Matt Matteo Mattes Matthew Matthias Matthieu
Matthäus Matti Mattia Mattias Mattis Matze Maud Maude Maurice Mauricette Maurin Maurizio Mauro
Maurus Mavie Max Maxim Maxima Maxime Maximilian Maximilien Maya Maysa Mazen Maël Maëlle
Małgorzata Mechthild Mechthilde Mechtild Medina Megan Mehdi Mehmed Mehmet Mehran Mehrdad Mei
Meik Meike Meinhard Meinolf Meinrad Melanie Melanine Melchior Melek Melike Melina Melinda Melis
Melisa Melissa Melita Melitta Meltem Melvin Mentor Meral Mercedes Meret Mergim Merima Merita
Merle Merlin Mert Mervat Merve Meryem Mesut Meta Metehan Metin Mette Mia Micha Michael Michaela
Michaele Michail Michal Michalis Michaël Michał Michel Michela Michele Micheline Michelle
Michèle Mick Mickael Miguel Mihaela Mihai Mihajlo Mijo Mika Mikael Mike Mikhail Mikyas Mila
Milad Milan Milana Mile Milena Milica Milka Millie Milo Milorad Milos Miloš Miltiadis Mimi
Mimoza Mimy Min Mina Ming Minh Minna Miodrag Mira Miran Miranda Mircea Mirco Mireille Mirela
Mirella Miriam Mirja Mirjam Mirjana Mirko Mirlinda Miro Miroslav Miroslaw Miroslawa Mirosław
Mirosława Mirsad Mirwais Mirza Mischa Mitra Mladen Mo Mohamad Mohamed Mohammad Mohammed Mohan
Mohsen Moira Mojtaba Molly Momo Mona Moni Monica Monika Monique Monja Morena Moreno Morgane
Moritz Morris Morteza Mostafa Mouna Mounir Mourad Mousa Moussa Moustafa Muhamed Muhamet Muhammad
Muhammed Muhammet Muharrem Muna Munir Murad Murat Muriel Murielle Muris Murray Musa Mustafa
Muzaffer My Mychajlo Mykhailo Mykola Mylène Myriam Myrta Myrtha Myrto Mégane Mélanie Mélissa
Mónica Na Nabeel Nabil Nada Nader Nadeschda Nadeshda Nadezhda Nadi Nadia Nadiia Nadija Nadin
Nadine Nadir Nadja Nadège Nael Nahla Naim Najat Najwa Nam Nancy Nando Naoko Naomi Narcisse Naser
Nasir Nasser Nastja Natacha Natali Natalia Natalie Natalija Nataliya Natalja Nataly Natalya
Natan Natanael Natasa Natascha Natasha Nataša Nathalie Nathan Nathanael Nathasha Navid Nawaf
Nawal Nawid Nazli Nazlı Nazmi Nebojsa Nebojša Necati Necdet Necla Nedim Nedzad Nedžad Nefeli
Neha Neil Nejra Nektarios Nela Nele Neli Nelia Nelio Nelli Nelly Nelson Nelya Nemanja Nenad Neo
Nermin Neslihan Neslisah Nesrin Nevena Nevenka Nevin Nevio Newroz Nexhat Nga Ngan Ngoc Nguyet
Nhan Nhi Nhung Niall Niamh Nicholas Nici Nick Nicki Nicklas Niclas Nico Nicola Nicolae Nicolai
Nicolas Nicolaus Nicole Nicoletta Nicolás Nicolò Niels Nigel Nihad Nihan Nihat Nik Nika Nikhil
Niki Nikita Niklas Niklaus Niko Nikola Nikolai Nikolaj Nikolaos Nikolas Nikolaus Nikolay
Nikolina Nikos Nilay Niloufar Nils Nilufar Nilüfer Nima Nina Nino Nisa Nisrin Nives Nizar Njomza
Noa Noah Noam Noe Noel Noelia Noemi Noor Nora Norah Norbert Norina Norma Norman Notburga Nour
Noura Noé Noémie Noël Noëlle Noëmi Nuno Nur Nura Nuran Nuray Nurcan Nurettin Nuri Nuria Nurten
Núria Oana Oanh Obaida Octavie Océane Oda Odette Odile Odysseas Oguz Oisin Okan Oksana Oktay
Olaf Olav Ole Oleg Oleh Oleksandr Oleksii Oleksiy Olena Olexandr Olga Oliver Olivia Olivier
Oliwia Olli Olof Omar Omer Omid Onur Ophélie Orhan Orla Orlando Ornella Ortrud Ortrun Ortwin
Osama Oscar Oskar Osman Oswald Oswin Otfried Othmar Otmar Ottfried Ottilia Ottilie Ottmar Otto
Ottokar Ottomar Ourania Oussama Ovidiu Oxana Ozan Ozgur Ozlem Oğuz Pablo Padraig Pamela
Panagiota Panagiotis Panos Paola Paolo Paraskevas Paraskevi Parisa Parvaneh Parviz Pascal
Pascale Pasquale Patric Patrice Patricia Patrick Patrik Patrizia Patrycja Patryk Patrícia Paul
Paul-Gerhard Paul-Heinz Paula Paule Paulette Paulina Pauline Paulo Pavel Pavlo Pavlos Pawel
Paweł Pawlo Payam Pedro Peer Peggy Penelope Pepi Per Periklis Pernille Pero Petar Pete Peter
Peter-Michael Peter-Paul Petr Petra Petrit Petros Petya Peyman Phat Phil Philip Philipp Philippa
Philippe Phillip Philomena Phong Phu Phuc Phuong Pia Pierette Pierina Piero Pierre Pierrette
Pieter Pietro Pilar Pinar Pinelopi Ping Piotr Pirmin Pius Plamen Poldi Polina Pooja Poppy Pouya
Pradeep Prakash Predrag Prisca Priscilla Priska Priya Prodromos Przemyslaw Przemysław Péter
Pınar Qais Qasim Qazim Qendresa Qiang Qing Quan Quang Quentin Quirin Quoc Quynh Rabea Rabia
Rabih Rachel Rachid Rachèle Radka Radmila Radoslaw Radosław Radovan Radu Raed Rafael Rafaela
Rafal Rafał Raffael Raffaela Raffaele Raffaella Raghad Rahaf Rahel Rahmatullah Rahul Raik
Raimondo Raimund Rainer Raisa Raissa Raj Rajesh Rajiv Rakesh Ralf Ralf-Dieter Ralf-Peter Ralph
Raluca Ramadan Ramazan Ramesh Rami Ramin Ramiz Ramon Ramona Ramzi Ramón Rana Randolf Randy Rania
Raoul Raphael Raphaela Raphaël Raphaëlle Raquel Rasha Rashed Rashid Rasmus Ratko Raul Ravi Rawan
Rayan Rayana Raymond Raymonde Raymund Rayyan Razvan Raúl Rebecca Rebekka Recep Reem Regina
Reginald Regine Regula Reimar Reimer Reimund Reinald Reine Reiner Reingard Reinhard Reinhardt
Reinhart Reinhild Reinhilde Reinhold Rejane Remo Remzi Rena Renata Renate Renato Renaud Rene
Reni Renzo René Renée Resi Reto Rexhep Reza Rhea Ria Riad Ricarda Ricardo Riccardo Ricci Richard
Rici Rick Rico Rigo Rim Rima Rimma Rina Rinaldo Rino Rinor Rita Riyad Riza Rob Robby Robert
Roberta Roberto Robin Rocco Rochus Rocio Rocío Roderich Rodion Rodolfo Rodolphe Rodrigo Roger
Rohit Roisin Rojda Rojhat Rojin Roland Rolande Rolf Rolf-Dieter Rolf-Peter Rollande Romain
Romaine Roman Romana Romane Romano Romeo Romina Romuald Romy Ron Ronahi Ronald Ronan Ronja Ronny
Ronya Rosa Rosa-Maria Rosalba Rosalia Rosalie Rosalinde Rosanna Rosaria Rosario Rose Rose-Marie
Rosel Roselinde Rosemarie Rosetta Rosi Rosina Rosita Rositsa Rosl Rosmarie Ross Rossella
Rostislaw Rostyslav Roswita Roswitha Rosy Rotraud Rotraut Rouba Roula Rouven Roxana Roxane
Roxanne Roy Roya Ruba Ruben Ruby Rubén Rudi Rudolf Rudolph Rudy Ruedi Rui Rukiye Rupert Ruprecht
Ruslan Russell Ruth Ruthild Ruud Ruzica Ryan Ryszard Réginald Régine Régis Rémi Rémy Rüdiger
Rüstem Răzvan Rıza Saad Sabah Saban Sabiha Sabina Sabine Sabri Sabrina Sabsi Sacha Sachar Sachin
Sadik Saeed Saeid Safaa Safet Safiya Safwan Sahar Sahil Sahin Sahra Said Sakura Salah Saleh
Salih Salim Sally Salma Salome Salomé Salvador Salvatore Sam Samah Samanta Samantha Samer Sami
Samia Samir Samira Samuel Samuele Sana Sanaa Sandeep Sander Sandor Sandra Sandrine Sandro Sandy
Sanel Sanela Sang Sanije Sanja Sanjay Sanne Santiago Saoirse Saphira Sara Sarah Sarina Sasa
Sascha Saskia Satoshi Savaş Saverio Savvas Sawsan Sayed Saša Scarlette Schani Schorsch Scott
Sead Seamus Sean Sebastian Sebastiano Sebastien Sebastián Seda Sedat Selcuk Selda Selena Selim
Selin Selina Seline Selma Selçuk Semih Semir Semjon Semra Semyon Sena Senad Senada Senol Senta
Seo Sepideh Sepp Serafim Seraina Serap Sercan Serdar Sereina Serena Serge Sergei Sergej Sergey
Sergio Sergiy Serhat Serhij Serhiy Serkan Serpil Sevda Severin Severine Sevgi Sevil Sevim Seyma
Sezer Shaban Shabnam Shadi Shahab Shahin Shaima Shania Sharif Sharon Shayan Sheila Sherif
Sherine Shireen Shirin Shirley Shkelzen Shkëlzen Shota Shpresa Shqipe Siamak Sibel Sibilla
Sibille Sibylla Sibylle Siddharth Siegbert Siegfried Sieghard Sieglinde Siegmar Siegmund Siegrid
Siegried Siegrun Siegward Siena Sigfried Sigismund Siglinde Sigmar Sigmund Sigrid Sigrun Sigurd
Siham Silas Silja Silke Silva Silvan Silvana Silvano Silvester Silvia Silvio Silviya Simeon
Simon Simona Simone Simonne Simran Sina Sinaida Sinan Sinead Sinem Sinisa Siobhan Sirin Siro
Sissi Sjoerd Skender Sladjana Slavica Slavisa Slavko Slawomir Slobodan Smaragda Sneschana
Snezana Snezhana Snežana Sofia Sofie Sofiia Sofija Sofía Soja Sokratis Solange Solveig Solène
Somchai Son Soner Songül Sonia Sonja Soo Sophia Sophie Sophie-Marie Soraya Soren Sorin Soroush
Sotiria Sotirios Sotiris Souad Soumaya Spiros Spyridon Spyros Srdjan Srinivas Srđan Stanislaus
Stanislav Stanislava Stanislaw Stanisław Stanisława Stanley Stathis Stavros Stavroula Stefan
Stefani Stefania Stefanie Stefano Stefanos Steff Steffan Steffen Steffi Stelios Stella Stepan
Stephan Stephanie Stephen Steve Steven Stewart Stig Stijn Stilla Stjepan Stoffel Stoyan Stuart
Styliani Stylianos Stéphane Stéphanie Suad Suda Sue Sulaiman Sule Suleiman Suleyman Sumaya Sung
Sunil Sunita Suresh Susan Susana Susann Susanna Susanne Suse Susi Susie Suzana Suzanne Suzette
Svea Sven Svenja Svetlana Sviatoslav Svitlana Swantje Swen Swetlana Switlana Swjatoslaw Sybilla
Sybille Sylke Sylvain Sylvaine Sylvana Sylvester Sylvia Sylviane Sylvie Sylvio Sylvère Sylwester
Sylwia Szymon Sébastien Sérgio Séverin Séverine Sónia Sönke Sören Søren Sükrü Süleyman Sławomir
Tabea Tadeusz Taghrid Taha Tahereh Tahir Tahmina Tai Takashi Tam Tamara Tamer Tamás Tan Taner
Tanguy Tania Tanja Tanya Tara Taras Tarek Tarik Tariq Tarkan Taro Tarık Tasnim Tasos Tassilo
Tatiana Tatjana Tatyana Tawfik Tawfiq Tayfun Tea Ted Teddy Telse Tenzin Teodor Teodora Teresa
Terry Tessa Tetiana Tetyana Teuta Thach Thaddäus Thalia Thanasis Thang Thanh Thao Thea Theda
Thekla Themistoklis Theo Theobald Theodor Theodora Theodoros Theophil Theres Theresa Therese
Theresia Thi Thiago Thibaud Thibaut Thien Thierry Thies Thijs Thilo Thinh Thodoris Thomas
Thoralf Thorben Thorsten Thu Thuan Thuong Thuy Théo Théodore Théophile Thérèse Tiago Tibor Tien
Tiffany Til Tilda Till Tillmann Tilly Tilman Tilmann Tilo Tim Timea Timm Timmy Timo Timofei
Timofej Timon Timothy Timur Tina Tine Tino Tiziana Tiziano Toan Tobi Tobias Toby Todor Tolga Tom
Tomas Tomasz Tomislav Tomke Tommaso Tommy Tomás Toni Tony Toralf Torben Torsten Tracey Tracy
Trang Traude Traudel Traudl Traugott Traute Trevor Tri Trinh Tristan Truc Trude Trudel Trudi
Trung Tsvetan Tsvetelina Tu Tuan Tuana Tuba Tugba Tuncay Tuncer Tung Turgay Tuyet Tuğba Tuğrul
Tyler Tânia Tülay Türkan Udo Ueli Ugur Ulf Uli Uljana Ulla Ulli Ullrich Ulrich Ulrike Ulyana
Umar Umberto Umit Umut Undine Urban Urs Ursel Ursina Ursula Urszula Urte Usama Uschi Uta Ute Utz
Uwe Uyen Uğur Vadim Valbona Valentin Valentina Valentine Valentino Valeri Valeria Valerie
Valerij Valerio Valeriy Valery Valeska Valon Valérie Valéry Van Vanesa Vanessa Vangelis Vania
Varvara Vasco Vasil Vasile Vasileios Vasiliki Vasilios Vasilis Vasily Vaso Vassilios Vasyl
Vasylyna Vedad Vedat Veit Veli Venkat Vera Verena Vernon Veronica Veronika Veronique Vesela
Veselin Veselina Vesna Vicky Victor Victoria Victorine Viet Vijay Vikram Viktor Viktoria
Viktoriia Vilma Vince Vincent Vincenza Vincenzo Vinciane Vinh Vinko Vinod Vinzenz Viola Violeta
Violetta Violette Viorel Virginia Virginie Visar Vitali Vitalii Vitaliy Vitaly Vito Vitor
Vittoria Vittorio Vitus Vivek Vivian Viviana Viviane Vivien Vivienne Vjollca Vjosa Vlad Vladimir
Vlado Vlora Volkan Volker Volkhard Volkmar Volodymyr Voula Vreneli Vroni Vsevolod Vu Vuk Vy
Véronique Víctor Wadim Wael Wafa Wafaa Wahid Walburga Waldemar Waldtraut Waleed Walentin
Walentina Waleri Walerij Walfried Walid Walli Wally Walter Walther Waltraud Waltraut Waltrud
Wanda Warwara Wassili Wassilij Wassilios Wassim Wastl Wasyl Wayne Wei Weiwei Welat Wencke Wendel
Wendelin Wendy Wenke Wenzel Wera Werner Weronika Wibke Widad Wiebke Wieland Wieslaw Wiesław
Wigand Wigbert Wiktor Wiktoria Wiktorija Wilfried Wilfriede Wilhelm Wilhelmine Willfried Willi
William Willibald Willibert Willie Willy Wilma Wiltrud Winfried Witali Witalij Witold Wladimir
Wlodzimierz Wojciech Woldemar Wolf Wolf-Dieter Wolf-Dietrich Wolf-Rüdiger Wolfgang Wolfhard
Wolfram Wolle Wolodymyr Wouter Wsewolod Wulf Włodzimierz Xanthi Xaver Xavier Xenia Xenofon
Xhevdet Xiaoli Xiaoming Xiaoyan Ximena Xin Xinyi Xiu Xuan Yacine Yael Yahia Yahya Yakov Yan Yana
Yang Yanick Yanik Yanis Yann Yannic Yannick Yannik Yannis Yara Yaroslav Yasemin Yaser Yasin
Yasmin Yasmina Yasmine Yasser Yassin Yassine Yavuz Yazan Yegor Yekaterina Yeliz Yen Yevgeny
Yevhen Yevheniia Yichen Yigit Yildiz Yilmaz Ying Yiğit Ylber Ylenia Yllka Ylvi Ylvie Ymer Yoan
Yolanda Yolande Yong Yordan Yordanka Yorgos Younes Young Younis Yousef Youssef Youssouf Yu Yui
Yuki Yuko Yulia Yuliia Yun Yunus Yuri Yuriy Yusra Yusuf Yuxuan Yvan Yves Yvette Yvon Yvonne
Yıldız Yılmaz Zabihullah Zacharias Zachary Zafer Zahra Zahraa Zaid Zain Zainab Zakaria Zakariya
Zakhar Zana Zaneta Zara Zayd Zayn Zaynab Zbigniew Zdenka Zdravko Zdzisław Zehra Zeina Zeinab
Zejna Zeki Zeliha Zeljka Zeljko Zeno Zenon Zenta Zerina Zeynep Zhen Zhi Zhivko Zhiwei Ziad Zihan
Zijad Zilan Zina Zita Ziyad Zlata Zlatan Zlatko Zoe Zoey Zofia Zohra Zohreh Zoi Zoja Zoltan
Zoltán Zora Zoran Zorica Zornitsa Zoé Zsolt Zuhair Zuzana Zuzanna Zvonko Zygmunt Zübeyde Álvaro
Änne Élodie Émilie Éric Óscar Ömer Özgür Özkan Özlem Ümit Đorđe İbrahim İlayda İlker İrem İsmail
Łukasz Şahin Şervan Şeyma Şule Żaneta Željka Željko Ștefan
"""

# Further European, Slavic, Greek and other first names.
FIRST_NAMES_EXTRA = """
Aada Aage Aaliyah Aapo Aarne Aaro Aarón Aatos Abbey Abbi Abbie Abby Abdi Abdirahman Abdiş
Abdulbekir Abdulgazi Abdulkadir Abdullahi Abdulmenaf Abdulsemet Abdurrahman Abdülahat Abdülcemal
Abdülhadi Abdülkerim Abdülsamed Abdürreşit Abelardo Abelone Abid Abigaíl Abilio Abiye Ablen
Abril Abuzar Acar Acarkan Achiel Achilleia Aclan Adak Adal Adalberto Adamantia Adamantios
Adamina Adamo Adasal Addison Adean Adela Adelaida Adelardo Adelasia Adelia Adelin Adelmo Adi
Adila Adilə Adlan Adolfo Adomas Adonis Adora Adoración Adra Adriaan Adriania Adrianna Adrienn
Adrija Adrijan Adrijana Adriyan Adriána Adviye Adán Adèle Adéla Adélaïde Adıgün Aedan Afanasi
Afanasiy Afanassi Afanassij Afaq Afentis Afentra Afer Afife Afil Afinogen Afiq Afonso Afət
Agafia Agafja Agafon Agafya Agamemnon Agap Agapi Agapij Agapios Agapito Agapitos Agapiy
Agathangelos Agathi Agathoklis Agathonikos Agatopod Agent Aggei Aggej Aggey Agisilaos Aglaia
Aglaj Aglaja Aglay Aglaya Agloida Agne Agnen Agnesa Agnesch Agneschka Agnesh Agneshka Agneta
Agnete Agni Agnolo Agnos Agnė Agop Agoro Agostino Agripina Agris Agtsi Agustina Agustín Agzi
Agáta Ahat Ahsen Ahter Ahti Aias Aidan Aideen Aiden Aidona Aidə Aiga Aigars Aija Aila Aileen
Aili Ailis Aimee Aimilia Aimilianos Aimilios Aimo Aimé Aimée Aina Ainara Aine Aino Ainoa Ainārs
Airi Aisling Aislinn Aistis Aitana Aitor Aivar Aivaras Aivars Ajda Ajdemir Ajela Ajerosol Ajren
Akalan Akar Akaschiia Akaschija Akashiia Akashiya Akatay Akay Akbaş Akboğa Akcivan Akdora
Akdurmuş Akgöl Akgüneş Aki Akif Akifə Akim Akise Akkerman Akmaner Akmaral Akritas Akrivi Akrivos
Aksakusti Aksay Aksel Akseli Aksentiia Aksentija Aksentiya Aksidan Aksintiia Aksintija Aksintiya
Aksoy Aksöğüt Aktemür Akulina Akver Akyıldız Akçabay Akçasu Aköz Akınal Alaaddin Alabezek
Alaeddin Alana Alanalp Alaniia Alanija Alanis Alaniya Alanna Alannah Alastair Alattin Alaz
Albano Alberico Alberta Alberte Albertina Alberts Albijana Albino Albiyana Albín Albína Alcan
Alcides Alderano Aldis Aldonza Ale Alec Aleg Aleisha Alejo Alek Aleks Aleksandras Aleksandrijan
Aleksandrina Aleksandrs Aleksanteri Aleksi Aleksia Alekzandriyan Alenka Aleodor Alevandr Alevtin
Alevtina Alewandr Alewtin Alewtina Alexandr Alexandria Alexandrie Alexandrina Alexandru Alexe
Alexios Aleš Alfio Alfonz Alfréd Alfrēds Algirdas Algot Algış Aliabbas Aliana Alica Aliihsan
Aliki Alin Alis Alise Aliseydi Alisiia Alisiya Alissiia Alissija Alistar Alister Aliyə Alize
Alja Aljaž Aljoša Alkinoi Alkistis Alkiviadis Alkmini Alkor Allahverdi Allan Allana Allegra
Allen Allison Almast Almaz Almudena Almus Alojz Alojzia Alojzij Alojzija Alondra Alonso
Alparslan Alpcan Alphons Alpin Alpsü Alsoy Alta Altaia Altaja Altaya Altoğan Altuğ Altınbike
Altınkaya Altınçiçek Altınışın Alva Alvar Alve Alvin Alvīne Alícia Alīda Alışık Alžbeta Alžběta
Amada Amadeo Amadeus Amado Amador Amaia Amaliia Amalija Amaliya Amancio Amando Amarilis Amaro
Amaç Ambr Ambrosio Ambróz Amedeo Amedeu Amelija Amfithea Amfitriti Amico Amie Amleto Amor
Amoriia Amorija Amoriya Amos Amparo Amre Amvrosi Amvrosia Amvrosios Amvrosiy Amwrossi Amwrossij
Amy-Lee Amy-Leigh Amza Amália Amélia América Américo Amílcar Amālija An Anabel Anacleto
Anagnostis Anahera Anaida Anamaria Anamariia Anamarija Anamariya Anani Ananias Ananij Ananiy
Anar Anargyri Anargyros Anargül Anaru Anastasie Anastasio Anastasiya Anastassiia Anastassija
Anastazja Anastázie Anatolie Anatoliia Anatolija Anatoliy Anatoliya Anaxagoras Anca Ancuța Anda
Andika Andiç Andor Andra Andrada Andreja Andrejka Andrejs Andrešs Andrian Andriana Andriani
Andrij Andrija Andris Andrius Androklis Andromachi Andromeda Andron Andronik Androniki
Andronikos Andrus András Andréas Andrés Anděla Ane Anej Anel Anelina Anemona Anestis Anete
Anežka Angelino Angelis Angelita Angelka Angelos Anghel Anghelina Angie Angélica Ani Aniela
Anikei Anikej Anikey Anikita Anikó Animira Anisim Anissim Anitsa Aniza Anișoara Ankica Ann-Britt
Ann-Charlott Ann-Charlotte Ann-Christine Ann-Kristin Ann-Louise Ann-Mari Ann-Marie Ann-Sofi
Ann-Sofie Anna-Karin Anna-Liisa Anna-Lisa Annabel Annak Annamária Anneleen Annemette Annemijn
Annetta Annibale Annica Anniina Annija Annikki Annukka Annunziata Anomaliia Anomalija Anomaliya
Ansa Ansaldo Anschela Anschelika Anselma Anselmo Ansis Anssi Antal Antanas Antero Anthi Anthimos
Anthoula Anthoulis Antigonos Antim Antip Antipatros Antoalina Antoin Antonela Antonello Antoni
Antonija Antonin Antoniu Antons Antony Antonín Antoon Antoņina Antra Ants Antti Antun Antypas
Antónia Antônio Anu Anunciación Anuscha Anusha Anuța Anza Anzhela Aníbal Anđa Anđela Anže Aodhan
Aoibheann Aoibhin Aoibhinn Apaydın Apolena Apolinar Apolinariia Apolinarija Apolinariya
Apollinari Apollinarij Apollinariy Apollo Apollon Apolonia Apostolia April Aqil Arabella Araceli
Aral Araliia Aralija Araliya Aran Aranka Arcan Arcelia Archelaos Archer Archimidis Archip
Archontia Arefi Arefij Arefiy Aretha Areti Argu Argyrios Argyro Argyroula Ari Ariadna Ariadni
Arianne Arie Ariel Arielė Arifcan Arifə Arijus Ariki Arild Aris Aristarch Aristarchos Aristarkh
Aristea Aristeidis Aristides Aristița Aristofanis Aristomenis Aristos Aristovoulos Arja Arkadiia
Arkadija Arkadiy Arkadiya Arkhip Arkut Arlo Armahan Armandas Armands Armas Armida Arminas
Arnaldo Arnas Arnaude Arnis Arnoldas Arnolds Arnošt Arnulfo Aroa Aroha Aronas Arpağ Arpád Arran
Arron Arsen Arsena Arseni Arsenie Arsenij Arsenio Arseniy Artemi Artemij Artemio Artemios
Artemisa Artemisia Artemiy Artis Arto Arttu Artturi Arturo Arturs Artūras Artūrs Aru Arvid Arvo
Arvydas Arvīds Arziye Aránzazu Arıel Arıkol Arıpınar Arısoy Arūnas Asafe Asalet Asaliia Asalija
Asar Asari Asarij Asbjørn Ascensión Asdrubal Aselina Asger Asher Ashlee Ashleigh Ashlene Ashling
Ashton Asif Asifa Asilə Asimakis Asiman Asimina Asimis Asimoula Asklipios Asko Askold Aslan
Aslanhan Asliye Aspasia Assar Asselina Assifa Asterios Astero Aston Astromeriia Astromerija
Astromeriya Asu Asunción Asım Asəf Ataahua Atabala Atagün Atalanti Atalay Atamoğlan Atanas
Atanur Atasagun Atatöre Atena Atenulf Atgun Athanasia Athinagoras Athinodora Athinodoros Atila
Atilhan Atilio Atina Atiyye Atnan Atte Atılgan Aud Audrius Augustas Augustina Augusts Augustín
Aukusti Aulikki Aulis Aune Aura Aurelian Aureliana Aureliano Aurelija Aurica Aurică Aurimas
Aurélia Aurėja Ausma Austra Autumn Aušra Aušrinė Avdei Avdey Avel Aver Averki Averkiy Averno
Averyan Avgeris Avgi Avgiia Avgiya Avgoustina Avgoustos Avgust Avgustian Avgustin Avigeia
Avigeya Avksenti Avksentiy Avo Avraam Avram Avreli Avreliy Avror Avtonom Avtorka Avunç Avxentios
Avşin Awdei Awdej Awel Awer Awerjan Awerki Awerkij Awerno Awgiia Awgija Awgust Awgustian
Awgustin Awhina Awigeia Awigeja Awksenti Awksentij Awo Awram Awreli Awrelij Awror Awtonom
Awtorka Axelle Axenia Axinte Ayan Ayasun Ayaydın Aybet Aybora Aybəniz Aycagül Aydan Aydar
Aydemir Ayden Aydinç Ayduru Aydın Aydınbey Ayela Ayerozol Aygutalp Aygönenç Aygül Aygün Ayhan
Aykut Aykutalp Aylil Aylla Aynilhayat Aynurə Aynımah Aypar Ayren Aysema Aysevim Aysoy Aysu
Aysuna Aytek Aytuna Aytöz Aytəkin Aytən Ayvas Ayyaruk Ayçan Ayçiçək Ayülker Ayşan Ayşeana
Ayşenur Azade Azahar Azahara Azaliia Azaliya Azar Azari Azariy Azeglio Azeneth Azettin Azize
Azucena Azər Açıkel Açılay Ağa Ağahadi Ağakişi Ağamalı Ağamusa Ağasəfa Ağaxan Ağbegim Ağca Ağmur
Aşhan Aşir Baba Baccio Badegül Bagra Bahaddin Bahadır Bahittin Bahtinur Baiba Bailey Bailie Baki
Balatekin Balaxanım Balca Baldassare Baldomero Balduino Bali Balina Ballı Baltasar Baltaş Balázs
Banü Bara Barak Barbora Barbro Barbu Barica Bariş Barna Barnabás Barsen Bart Bartek Bartolomej
Bartolomeo Bartolomeu Bartolomé Barışcan Basarab Baschen Basilio Basriye Bastiaan Basım
Batsislava Baturay Batırhan Baudelio Bautista Baydu Baykan Bayman Bayruhan Baytal Bayzettin
Bazhen Bazislawa Bağdat Bağdaş Başay Başhan Başok Beatrijs Beatris Beau Beauden Bebe Becho Becky
Bedi Bediriye Bedri Bedřich Begim Begoña Behbud Behiza Behrem Beja Bekbay Bektaşi Belen Belgizar
Belisima Belissima Belkize Bella Bellisan Belo Belomira Belén Benas Bence Bendegúz Benedek
Benedetto Benedicte Benedikte Benedita Benek Benelena Bengibay Beniamin Benice Benicio Benigna
Benigno Benito Benjamim Benjamín Benjámin Benn Benol Benone Bent Bente Benthe Bento Benvenuto
Benício Beppe Beray Beren Berenice Bergen Beriia Berija Berimir Berin Berislava Berislawa Beriya
Beriye Berkal Berki Berksay Bernabé Bernadett Bernarda Bernardino Bernardita Bernardo Bero
Beroslav Beroslaw Berran Berrin Bertalan Bertil Berto Besey Besin Beste Beth Bethan Bethany
Betino Betscho Bevan Beverley Beya Beyda Beyhatun Beyler Beyzade Bezek Beáta Beňadik Bibi
Bibiana Bibiána Bican Bidayet Bieke Bienvenida Bijanka Bilay Bilena Bilender Bilgen Bilginur
Bilgütay Biljan Bilkay Billie Billie-Jo Biltaş Bilyan Binay Binbaşar Binko Bino Binışık Birben
Birgitte Birgül Birsan Birsen Biruta Bisenti Biser Bisera Biserka Bissenti Bisser Bissera Bitten
Bitül Biyanka Bişar Bjarne Bjorn Bjørg Bjørn Blagitsa Blagiza Blago Blagodatka Blagoj Blagomir
Blagosvet Blagosveta Blagoswet Blagosweta Blagovest Blagowest Blagoy Blahoslav Blaine Blair
Blake Blanaid Blanca Blanduzia Blas Blasche Blazhe Blaž Blažej Blažena Boaz Bodhi Bodil Bodromir
Bodurka Boe Boel Bog Bogdalina Bogdana Bogdanna Boginia Boginja Boginya Boglárka Bogodar Bogoj
Bogoljub Bogolyub Bogomil Bogomir Bogorodka Bogoslav Bogoslaw Bogoy Boguslav Boguslava Boguslaw
Boguslawa Bohdana Bohumil Bohumila Bohumír Bohuslav Bohuslava Bohuš Boil Boila Bojko Bojtscho
Bolen Boleslav Boleslaw Bone Bonifacio Bonifatsiia Bonifatsiya Bonifaziia Bonifazija Bonifác
Bonislav Bonislaw Bonko Bonnie Bono Borahan Borataş Borbála Borche Borena Boriska Borislav
Borislaw Borja Borjanka Borris Bortsche Borut Boryanka Borys Boschan Boschidar Boschik Boschimir
Boschin Boschinel Boschinela Boschko Boscho Boschur Boschurka Botond Botsa Boyan Boycho Boyko
Boynak Boza Bozbağ Bozerk Bozhan Bozhidar Bozhik Bozhimir Bozhin Bozhinel Bozhinela Bozhko Bozho
Bozhur Bozhurka Boztaş Boğatimur Bořivoj Boštjan Božena Božica Božidara Božo Brad Bradley Brady
Brahim Brandi Brandy Branislava Braxton Brayan Brayden Breandan Breanna Brecht Breda Brencis
Brendan Brendon Breno Brent Brett Briana Brianna Bridget Briek Brigid Brigita Brilyant Britney
Britt-Mari Britt-Marie Brittney Brodie Brogan Bronach Bronagh Bronislav Bronislava Bronislaw
Bronislawa Bronwyn Brooke Brooklyn Bror Broņislava Brsana Brunilda Bryce Bryony Brzana Brândușa
Brígida Brăduț Bucha Bucur Budimir Buenaventura Buhari Bulunç Buna Burakhan Burcuhan Burç
Butscha Buyrukhan Buşra Bystrík Bálint Bárbara Béla Börje Börteçin Bøje Børge Büget Bünyamün
Büreyre Büşranur Bănel Bērends Bērtulis Błażej Břetislav Bəhlul Bəhram Bəhruz Bəkir Bənövşə
Bəşir Bảo Cabbar Cabir Caetana Cahal Cahan Cahangir Cahir Cailin Cailum Caio Caitlin Caitlyn
Caitriona Caius Cajsa Cal Calcedonio Caleb Calebe Calista Calisto Calixta Calixto Callan Calum
Camelia Cameron Camil Camillo Camilo Campbell Canal Canberk Candace Candela Candelaria
Candelario Candelas Candeniz Candice Canfeza Cangür Cannur Canseven Cansin Cantemir Cantez Canur
Caoilfhionn Caoimhin Caolain Caolan Caomhan Capucine Cara Caragh Caridad Carita Carl-Johan
Carlijn Carlito Carlota Carly Carmel Carmelita Carmina Carminho Carolien Carrie Carter Cas
Casandra Casemiro Casey Casian Casiana Casper Cassidy Cassie Cathal Cathrine Cathy Catinca Cato
Catrina Catrine Catrinel Catriona Cauã Cauê Cavad Cavid Cavit Cayetana Cayetano Cazimir Ceara
Cebesoy Cebrián Cecile Cecilie Cecilija Cecilio Cecília Cedide Cedrin Ceferino Celestina
Celestino Celilay Celso Cemalettin Cemiyle Cenan Cerasela Cercis Cesar Cesare Cevale Cevheri
Ceyhun Ceyhunə Ceyla Ceylin Ceyran Cezar Cezara Cezary Cezayir Chachiia Chachiya Chacho Chad
Chaido Chana Chankete Chanko Chano Chantel Chantelle Chara Charalabia Charalabos Charalambi
Charalampi Charalan Charbingr Chardafon Chardafona Chari Charikleia Charilaos Charis Charisan
Chariton Charitoniia Charitonija Charitos Charlampi Charlampij Charlene Charlott Charlotta Charo
Charodei Charodey Chase Chassan Chassatin Chatscho Chaush Chavdar Chawtelin Che Chebr Chedo
Chedomir Chefestion Chektor Chelo Chelsea Chelsey Chema Chenko Chenrijeta Chenyu Chepo Cheraklit
Cheresha Cherie Cherith Chernani Cherno Chernorizets Cheslav Chetvrta Chiko Chilo Chiminaj
Chinka Chinko Chino Chionia Chita Chitko Chiyo Chka Chloi Chloë Chocho Chochomir Choli Choma
Chona Chonar Choni Chono Chonyu Choros Chrabr Chrabrin Chranimir Chranislawa Chrelko Chrelo
Chrissanka Chrissim Chrissimir Chrisso Christalin Christela Christer Christia Christiaan
Christianne Christie Christijela Christilian Christilijana Christiwilin Christja Christo
Christodor Christodoula Christodoulos Christofer Christoffer Christofili Christofor Christofora
Christoforos Christojelena Christomil Christomir Christosar Christoslaw Christosornizian
Christosornizomil Christscho Christy Chrondel Chrussan Chrysafenia Chrysanthi Chrysanthos
Chrysavgi Chrysi Chrysostomi Chrysostomos Chrysovalantios Chrysovalanto Chrysovalantou Chuban
Chubaw Chubawelka Chubawen Chuben Chubrik Chubrina Chucho Chude Chudo Chudomir Chudoslav Chuk
Chus Chuy Chvor Chwojne Châu Cianan Ciarrai Cihandide Cillian Cindoruk Cintia Ciprian Cipriana
Cipriano Ciriaco Ciril Cirillo Cirino Cirkeline Ciro Ciríaco Citlali Claes Clarence Clarice
Clarisa Clark Clas Claudiu Clavs Clayton Clelia Clemente Clementina Cleopatra Cleto Clifford
Clinton Cliodhna Cliona Clodagh Cloe Cláudio Clímaco Codie Codin Codrin Codrina Codruț Codruța
Cody Cohen Cole Colleen Collette Collin Colm Colton Coluccio Colum Conal Conall Conan Concepción
Concha Conchita Conchur Conn Connie Conrado Constantina Constanza Constança Constanța Consuela
Consuelo Cooper Coral Coralia Corey Coriolano Cormac Cornelio Cornelis Corneliu Corona Corrado
Corrie Cortney Corvin Cory Cosme Cosmina Costache Costantino Costanzo Costel Costin Courteney
Courtney Coşkun Coşqun Crenguța Crescencia Crin Crina Cristal Cristea Cristobal Cristofor
Cristóbal Cruz Crystal Csilla Csongor Ctibor Ctirad Cuheyna Cuman Curro Curtis Custodia Custodio
Cvetka Cvetko Cyprian Cyprián Cyriel Cándida Cándido Célina César Cümşüd Cüneyit Călin Cătălina
Cəlal Cəlil Cəmalə Cəmil Cəmilə Daan Dace Dacian Daciana Dadaş Dafinka Dafne Dag Dagny Daiana
Daiga Daina Dainis Dainius Daire Dairine Dakota Dalan Dale Dalila Dalkılıç Dalton Damaskini
Damaskinos Damiani Damianos Damijan Damián Damjana Damlanur Damon Damyana Danai Danche Danelina
Danielius Daniella Daniels Danimira Danique Danitsa Daniyel Daniza Daniël Danka Danna Dante
Dantsche Danuše Danış Daphne Dara Darcy Dardanela Dariana Darija Darin Darina Darinka Dariya
Darlene Darrell Darren Darrin Darryl Darryn Darya Daryl Darío Davi Davidoula Davor Davorin Davy
Davyd Dawn Dawyd Dayar Dayna Dağistan Dea Deaglan Deane Deanna Dearbhail Dearbhaile Dearbhla
Debbie Debby Decebal Dechko Decho Dechyu Deflorina Deha Deirbhile Deividas Deja Del Delcho
Delfina Delfino Deliana Delil Delja Deljan Deljana Deltscho Delya Delyan Delyana Dementi
Dementij Dementiy Demeter Demetra Demetrio Demi Demi-Lee Demi-Leigh Demid Demir Demirbüken
Demirela Demiriz Demirok Demiryürek Demjan Demyan Demʼjan Demʼyan Dencho Deniandra Denijan
Denika Denimir Denisa Denislav Denislavena Denislaw Denislawena Deniyan Denizalp Denkel Dennitsa
Denniza Dentscho Derdidas Derkay Dermot Derrick Dervla Deryanur Descho Desho Desiderio
Desimilyana Desimir Desislav Desiyana Deslav Deslaw Desmond Despin Despinka Despot Dessijana
Dessimiljana Dessimir Dessislaw Destiny Detelin Detschju Detschko Detscho Devi Deviner Devon
Dewi Dex Deya Deyan Dezider Dezső Değer Değmeer Dialekti Diamandi Diamantina Diamantis Diamanto
Diamantoula Diamond Dian Dianne Diarmuid Dick Dida Didina Didko Dido Diederik Dijego Dikaia
Dikaios Diken Diko Dilarə Dilavər Dilcan Dilder Dilfeza Dilhuş Diljan Dillon Dilmana Dilsitan
Dilyan Dilşad Dilşat Dimas Dimitrina Dimka Dimokratis Dimokritos Dimos Dimosthenis Dimoula
Dincer Dinis Dinna Dinu Dinçkol Dinçsü Diogenis Diomidis Dionigi Dionisia Dionisio Dionne
Dionysia Dionysios Dionýz Dirican Dirlik Dita Ditte Divan Divil Diviziia Diviziya Diviziye Diwil
Diwisiia Diwisija Diwisije Diyego Diána Diāna Djukjana Dmitriy Dmitro Dobrina Dobromila
Dobromysl Dobroslav Dobroslava Dobroslaw Docha Dochia Doina Dojka Dolun Dom Domagoj Domantas
Domas Domen Domenika Domhnall Dominga Domingo Dominika Dominikos Dominyka Dominykas Domitila
Domna Domnica Don Donal Donatas Donatello Done Dorel Doriana Dorien Dorin Dorine Dorinel Dorita
Dorli Dorofei Dorofej Dorofey Dorotea Doroteja Dorotheos Dorottya Dorte Dorthe Doru Dorukhan
Dosta Dotscha Doukissa Dovilė Dovydas Doyka Doğanalp Doğannur Doğanşah Doğuhan Draga Dragitsa
Dragiza Dragutin Drahomír Drahomíra Drahoslav Drahoslava Drakon Dražen Drenka Drew Dries Drosia
Drosos Dschana Dschaner Dschanko Dschichad Dschinewra Dschuliia Dschulija Duane Ducu Duda Duha
Duilio Duje Dulce Dumitra Dumitrana Dumitru Duracan Durante Durdali Durgadin Durmuşali Durna
Dursadiye Duruk Duruöz Duschan Duschka Dushan Dushka Dustin Duuk Duyguhan Duyên Dušanka Dwayne
Dylano Dyukyana Dzhana Dzhaner Dzhanko Dzhikhad Dzhinevra Dzhuliia Dzhuliya Dzidra Dzintars
Dzintra Dániel Dávid Dáša Débora Dénes Dóra Dölensoy Döner Dönməz Dündaralp Dünya Dünyamalı
Dürdanə Dürnisə Dürrüşehvar Dārta Dāvis Dũng Dương Eadaoin Eamon Eamonn Earl Eba Ebba Ebbe Ebony
Ebuakil Ecaterina Ecegül Ecemiş Ecrin Edaviye Eddie Edel Edelmira Edelmiro Eden Eder Edgaras
Edgardo Edgars Edgübay Edita Edmundo Edmunds Edoardo Edu Eduarda Eduards Edvard Edvardas Edvin
Edvinas Edvīns Edīte Eelis Eemeli Eemil Eerik Eero Eetu Eeva Efil Eflâtun Efraim Efraín Efser
Eftimia Eftimie Egenur Egidijus Egil Egils Eglė Eidvilė Eija Eila Eilis Eilish Eimantas Eimear
Eimer Eimhear Einar Einari Einer Eino Eira Eirik Eirinaios Eivind Eivor Ekber Ekmel Ektoras El
Eladio Elaine Elamiye Elariz Elba Eldar Eldəniz Eleanor Eleanora Elemér Eleonor Eleonóra Elessa
Eleuterio Elevtheria Elevtherios Elgin Elgün Elhan Eli Elien Elifnur Eligia Eligio Eliisa Elinor
Elis Elisabeta Elisavet Elisaveta Eliseo Elisha Elissaios Elita Elizabeta Elizabete Elize Eliáš
Eliška Elladio Elliot Elliott Elman Elmer Elmeri Elmidar Elmir Elmira Elmo Elmārs Elməddin Elna
Elnarə Elnur Elnurə Eloah Elodia Elof Eloisa Eloise Eloy Eloá Eloísa Elpida Elpidio Elpis Els
Elsebeth Elsevər Elsie Elsy Elton Elturan Elvia Elvin Elvy Elvíra Elvīra Elxan Elza Elçin Elías
Elöve Elīna Elşad Elşən Emal Emanoil Emanuella Emanuelly Emanuil Emelie Emer Emese Emiel Emigdio
Emiliana Emiliano Emiliia Emilis Emiliya Emilly Emirşan Emiş Emma-Louise Emmanouela Emmanuil
Emmet Emmett Emperatriz Emrullah Emília Emīlija Emīls Enar Encarna Encarnacion Encarnación
Encarnita Enda Endre Ene Enfes Enginiz Engla Enikő Enrika Ensari Ensio Enzio Eoghan Epameinondas
Epifanio Epistimi Eral Eraldo Erasmia Erasmo Erast Erato Eraycan Erbay Erbil Ercihan Erdemer
Erdibay Erdursun Erem Eremia Erenalp Erensoy Ergener Erginel Ergönül Ergül Ergün Erick Erieta
Erifyli Erikas Erin Erinçer Eriş Erkinel Erkki Erksoy Erkılıç Erland Erling Ermanis Ermanno
Ermenegildo Ermes Ermioni Ermis Ermolaos Ermutlu Ernestas Ernests Ernő Erofili Erotokritos
Eroğul Errikos Ersel Erseç Erten Ertuncay Ertün Ervaniye Ervin Ervín Eryk Eryn Eryıldız Erzsébet
Eröz Erşat Esa Esben Esenbay Esengün Esentürk Esila Eskil Eskinalp Esko Esmanperi Esmarelda
Esmee Esmeralda Esmira Esmée Esna Esparta Espartaco Espen Espiridión Essi Estefanía Estela
Estera Esteri Estrella Eszter Etela Etelka Etelvina Ethel Etibar Etiqad Euan Eufemia Eufrosina
Eugénia Eulalia Eulália Eunan Eunika Eusebia Eusebio Eusebiu Eustaquio Eustațiu Eutimio Eutropio
Eva-Lena Evald Evaldas Evangelina Evangelista Evanghelina Evanthia Evaristo Evcimen Evde Evdoxia
Evdoxios Evelia Evelien Eveliina Evelina Evelio Evelína Evert Evfrosyni Evgenios Evija Evkleia
Evkleidis Evlabia Evmenios Evmorfia Evpraxia Evrim Evrimer Evripidis Evrydiki Evrykleia Evseveia
Evsevia Evsevios Evstathia Evstathios Evstratia Evstratios Evterpi Evthalia Evthymia Evthymios
Evtychia Evtychios Evy Ewan Exarchos Eyyub Eyyüp Ezequiel Ezgin Ezgütekin Ezio Ezra Eşim Eşref
Faas Fabijana Fabiyana Fabián Fabiënne Fabricio Fabrizia Fadei Fadej Fadey Fadile Fadıla
Fahrullah Faidon Faidra Faina Fainche Faiq Faith Faize Fami Famil Familə Fani Fanni Fanouria
Fanourios Fariz Fatigül Fatiha Fatihə Fatimə Fatinur Fatmanur Faustas Faustino Fausto Fay Faye
Fayize Fazil Fazul Feargal Fearghal Febe Fedde Fedele Feden Federigo Fedir Fedosi Fedosiy
Fedossi Fedossij Fedot Fehim Fehmiye Feliciana Feliciano Felicidad Feliks Feline Felipa Felisa
Fem Fenia Fenja Fenna Fenne Fenni Fenya Feofan Feoktist Ferahdiba Ferapont Ferat Feraye
Ferdinando Feremez Fereniki Fergal Fergus Ferhan Ferihan Ferinaz Fermuta Fermín Ferre Fersan
Feryas Ferzi Fetullah Fevronia Fevroniia Fevroniya Fewroniia Fewronija Feyha Feyruz Feyzin Feza
Fiamma Ficho Fidan Fidaye Fidel Fidela Fien Fiene Fikiia Fikija Fikiya Fikrət Filaret Filareti
Filatei Filatej Filatey Filcho Fildan Fili Filidan Filimon Filio Filion Filipas Filipini
Filipopol Filipp Filippia Filippos Filit Filko Filo Filofteia Filomila Filomir Filoména Filothei
Filtscho Fimar Fimka Finbar Findo Fintan Fiodor Fionntan Fionnuala Fiorenzo Fiorino Fircho
Firdevis Firdovsi Firo Firs Firtscho Firudin Firuzə Firəngiz Fitnat Fito Fitscho Fizzə Fjokla
Flaviia Flaviu Flaviya Flawiia Flawija Flemming Fletcher Fleur Floare Floarea Floor Floortje
Flor Florea Florencio Florentia Florentino Florența Flori Floriana Floriant Florica Florika
Florinda Floris Florián Floro Flynn Fodor Foivi Foivos Foka Fokas Fokion Folke Foma Fori
Fortunat Fortunata Fortunato Fosil Fossil Foteinos Foti Fotij Fotinka Fotios Fotiy Fragiskos
Fragkiskos Fran Franc Franci Francisc Franciscus Franciska Franciszek Franklin Frans František
Františka Frants Frantsislav Frantzeska Franzislaw Frančišek Fraser Fratsil Frazer Frazil Frede
Frederico Frederika Frederikke Frederique Fredric Fredrik Fredrika Freideriki Freiderikos Freja
Fricis Fridrich Frixos Frode Frodo Frol Fronka Frusina Fryderyk Fryni Fstk Fuga Fugo Fuko
Fulgencio Fulvio Fuma Fuzuli Fyokla Fátima Féline Fügen Füzuli Fəhmin Fərahim Fərda Fərhad Fərid
Fəridə Fərman Fərqanə Fərrux Fəxri Fəxriyyə Fəxrəddin Fəyyaz Fəzail Gabel Gabino Gabrielius
Gabrielly Gabriël Gael Gaida Gail Gaja Gal Gala Galaktion Galasso Galateia Galatios Galena
Galentin Galia Galijan Galijen Galimir Galini Galinos Galip Galiyan Galiyen Galja Galo Galya
Gancho Ganislav Ganislaw Ganiye Ganna Gano Gantscho Gantsomir Ganutsa Ganuza Ganzomir Gareth
Garo Garrett Garry Garyfallia Garyfallos Gaspar Gaspare Gastone Gastón Gatis Gato Gatso
Gavriella Gavriil Gavrila Gavrilo Gawrila Gawrilo Gaylene Gazel Gazo Gašpar Gda Geanina Gecho
Gedeon Gediminas Geir Gejza Gelemir Gelengül Gelsomina Gelu Gema Gena Genadi Genadij
Genadivaleriyev Genadiwalerijew Genadiy Genaro Gencaslan Gencho Gene Genislav Genislaw Genko
Gennadiy Geno Genovefa Gentscho Gençay Gențiana Geo Geodim Geoffrey Geomil Georgel Georgelena
Georgeta Georgian Georgiana Georgij Georgina Georgitsa Georgiy Georgiza Gerakina Geraldo Gerarda
Gerardus Gerasim Gerasimoula Gerassim Geray Gercho Gerdan Gerdana Gerga Gergan Gergei Gergej
Gergeljub Gergely Gergelyub Gergey Gergin Gergő Germana Germán Geroj Geronimo Geroy Gerrit Gerry
Gertruda Gertrudis Gertrúda Gertscho Gervasio Gerónimo Gescho Gesho Gesthimani Geta Getislav
Getislaw Getko Geto Getscho Getso Gezo Ghenadie Gheorghiță Gherghina Ghiță Giacinto Giacobbe
Giampaolo Giampiero Gianfrancesco Gianina Gianluigi Gianmarco Giannoula Gianpaolo Gianpietro
Giasemi Gichka Gicu Gică Giedrius Giedrė Giel Gijs Giko Gilberto Gildroj Gildroy Giles Gillis
Gilman Gintarė Ginyas Gioacchino Gioachino Gioele Gioffre Giolanta Gionata Giorgian Giorgiana
Giosuè Girolamo Gisdalen Gisdana Gitschka Giulietta Giustino Giveza Giwesa Giz Gizdalen Gizdana
Gizela Gizella Gjugra Gjurgia Gjurgja Gkikas Gkolfo Glafira Glauco Glavki Glbitsa Glbiza Glen
Glenda Glenka Glenn Glenys Glib Glykeria Goda Godelieva Godelieve Godofredo Goffredo Goncafer
Gorazd Gorche Gordei Gordej Gordey Gordi Gordij Gordiy Gorgi Goriia Gorija Goriya Gorm Gortsche
Gostomysl Gotsa Gotse Gottfrid Goyo Goza Goze Gracia Graciana Graciano Graciela Graeme Grafitsa
Grafiza Grammatiki Grant Grayson Graziano Grațian Grațiana Grațiela Greca Greco Greet Grega
Greger Gregg Gregorian Gregorio Gremislav Gremislaw Grethe Griet Grieta Grigore Grigoriy
Grimjana Grimyana Griselda Gro Grosdinka Grozdinka Gréta Grēta Guarino Guglielmo Guilherme
Guillermina Guiomar Gun Gun-Britt Guna Gunborg Gundhild Gunilla Gunita Gunn Gunnel Gunner Gunta
Guntars Guntis Gunvor Gunārs Guri Gurij Guriy Gurli Gust Gustaaf Gustaf Gustas Gustavo Gustaw
Gustáv Gusztáv Guus Guusje Gvardiana Gvozdeyka Gwardiana Gwendolyn Gwosdejka Gyda Gytis Gytė
Gyugra Gyula Gyurgia Gyurgya Gyöngyi György Györgyi Győző Gábor Géza Gök Gökay Gökbudun Göken
Göknur Gökperi Göksev Gökten Gökçebalan Gökçil Göli Gönen Göran Görgünay Görklü Görsev Gösta
Göte Gözel Gözem Gücal Gülarə Gülağa Gülbala Gülbani Gülbeyan Gülbiye Gülcegün Güldam Gülder
Güldünya Gülel Gülenay Güler Gülev Güleğen Gülfari Gülfeza Gülgen Gülgüzel Gülhisar Gülinaz
Gülkadın Güllühan Güllər Gülmira Gülmisal Gülnar Gülnarə Gülnaz Gülnaziye Gülnur Gülper Gülsalın
Gülselin Gülseren Gülsevil Gülsiye Gülsü Gültac Gülter Gültəkin Gülxar Gülzadiye Gülzar Gülçe
Gülçin Gülçöhrə Gülözge Gülüs Gülüstan Gülüş Gülşa Gülşahin Gülşeref Gülşən Gülər Gümüştekin
Günar Günay Günaydin Günden Gündüz Gündüzalp Günebakan Güneri Güngördü Güngören Günkurt Günsel
Günser Günver Günşen Gürarda Gürcüye Gürelcem Gürsal Gürten Güverçin Güzey Güçal Güçlüer
Güçyeter Gəray Habibe Habil Haciali Hacile Hacıbəy Hadassa Hadrey Hafiz Hafıza Hailey Hajnalka
Hakikat Halenur Haley Halidun Haliye Haluk Hami Hamiyet Hampus Hanbiken Hanedan Hanim Hannele
Hannu Hanss Hansultan Haralamb Haralambie Harbinaz Harijs Hariz Harley Harmony Haroldo Harper
Harrison Harvey Hasbek Hasgül Hasret Hatem Hatin Havali Havse Hayali Hayden Haydée Hayel
Hayleigh Hayley Hayret Hayrünnisa Hazel Hazine Hazrat Hedvig Hedviga Hedvika Hege Heikki Heitor
Hekime Hekmet Heleen Heli Helinä Heliodoro Helle Hellena Hellevi Helmer Helmi Heloisa Heloísa
Helvi Helén Heléne Helēna Hemi Henife Henk Henna Henric Henrich Henricus Henrieta Henrietta
Henrikki Henriks Heracleea Heraclio Herberto Herdis Heriberto Herman Hermanis Hermanni
Hermelinda Hermenegildo Hermina Herminia Herminio Hermína Hernando Hernán Heva Heydər
Heyvetullah Hezniye Hicran Hidde Hidir Hikmət Hilario Hilary Hilayda Hilding Hilkka Hillevi
Hindal Hinet Hinewai Hipólito Hiçsönmez Hjalmar Hjalte Hjördis Hoani Hollie Homero Honoré Hope
Horacio Horațiu Horea Horia Hortense Hortensia Hortenzia Horymír Hoàng Hoşkadem Huban Hudavent
Hudson Hugh Huia Humberto Hunalp Hunor Hunter Hurican Hurşide Huzuri Hynek Hà Håkan Håkon Håvard
Hökümə Hüda Hükümdar Hümbət Hümeyra Hürdoğan Hürmet Hüryaşar Hürüyet Hüseyn Hüseynqulu Hüsmen
Hüsniyyə Hüsnühâl Hıfzullah Hưng Hương Həci Həcər Həmid Həsən Həsənağa Həzi Hạnh Hải Hồng Iacob
Iakovina Iakovos Iancu Ianis Iara Iasmina Iason Iasonas Ib Iben Ibolya Ibán Ica Icho Ichtiandr
Idun Idık Ieremia Ieremias Ieronymos Ierotheos Ieva Ifigeneia Iglika Ignacia Ignacy Ignas Ignat
Ignati Ignatia Ignatij Ignatios Ignatiy Ignazio Ignác Ignė Igors Ihaia Iida Iiris Iisakki Ija
Ika Ikaros Iker Ikhtiandr Ilari Ilarie Ilarion Ilcho Ildefonso Ildikó Ildız Ileana Ilektra Ilga
Ilgı Ilia Iliana Ilianna Ilich Ilie Iliia Ilijan Ilinca Ilinda Iliomar Ilitsch Iliya Iliyan
Ilkka Ilko Illja Illya Ilmari Ilmārs Iltscho Ilze Imants Imilian Imran Imrich Inan Inaya Incho
Indi India Indie Indira Indra Indrek Indriķis Indrė Indy Ine Inesa Inese Inessa Ineta Inez
Ing-Britt Ing-Marie Inga-Britt Inga-Lill Ingalill Ingegerd Ingegärd Ingela Ingelise Ingemar
Ingemund Inger Ingrida Ingrīda Inguna Ingvar Inkeri Inko Inmaculada Innokenti Innokentij
Innokentiy Ino Inocencio Inocențiu Inta Intscho Ināra Io Ioakeim Ioan Ioanina Iokasti Iolanda
Iona Ionas Ionel Ionela Ionelia Ionică Iordania Iordanis Iosefina Iosif Iosifina Iossif Ioulia
Iouliani Ioulianos Ioulios Ipat Ipati Ipatij Ipatiy Ipolit Ippazio Ippokratis Ippolit Ippolyti
Ippolytos Iraida Irakleia Irakli Iraklij Iraklis Irakliy Irian Iridenta Irijan Irin Irinei
Irinej Irinel Iriney Iriyan Irja Irko Irla Irmantas Irmeli Irnik Irodotos Irén Iréne Irēna Irıs
Isaak Isabela Isabelly Isac Isadora Isaiah Isaias Isak Isaque Isaura Isavella Isay Isaías Ise
Isidora Isidoro Isidoros Isidro Isikhiia Isikhiya Isis Isjaslaw Iskr Iskren Ismini Ismo Ismık
Isobel Isot Isperich Isperikh Israel Issaj Issak Issichiia Issichija Issidor Issus Istan Istatko
Istilijana Istiliyana Istiljan Istilyan Isus Itko Itscho Itso Itzel Itziar Iulia Iulian Iuliana
Iuliu Iurie Iustin Iustina Iustinian Ivalena Ivanesa Ivanichka Ivar Ivars Iveliana Iver Iveta
Ivi Ivinka Ivka Ivona Ivy Iwalena Iwanessa Iwanitschka Iwanka Iwanna Iweliana Iwinka Iwo Iya
Izabelė Ize Izidor Izidora Izmail Izo Izot Iztok Izyaslav Iľja Işin Işıkay Işıman Işın Jaak
Jaakko Jaan Jaana Jaanus Jablen Jablenka Jacinta Jacinto Jackie Jackson Jaclyn Jacobine Jacobo
Jacobus Jacopo Jadranka Jafet Jago Jagoda Jagodin Jaka Jake Jakim Jakiw Jako Jakobs Jakoslaw
Jakov Jalislawa Jalmari Jalə Jamie-Lee Jamie-Leigh Jan-Erik Jan-Olof Jan-Åke Janadin Janaki
Janakin Janatschko Janedin Janeg Janek Janeta Janez Jani Janijel Janimir Janislaw Janislawiia
Janislawija Janitschko Janja Janka Jankat Jankul Janne Janni Jannie Janomil Jantar Jantsche
Jantscho Januari Januarij Janusch Janzislaw Jared Jarema Jarina Jarju Jarka Jarkko Jarl Jarlath
Jarm Jarmila Jarmo Jarne Jarno Jarolím Jaromir Jaromír Jaromíra Jaropolk Jaroslava Jaroslawa
Jarrod Jartscho Jaruthip Jarze Jaschar Jaschka Jascho Jaschon Jasmijn Jasminka Jasna Jaso Jassen
Jassena Jasser Jastreb Jatan Jatana Jatscho Javi Javiera Jawor Jawora Jaxon Jay Jayda Jayde
Jaylinn Jayne Jayson Jazo Jean-Marie Jeana Jedit Jedita Jedrju Jeduard Jedwin Jef Jeffery Jefim
Jefimena Jefka Jefrem Jefrossiniia Jefrossinija Jekim Jektar Jektor Jel Jeldora Jele Jelean
Jelektron Jelemag Jeleniza Jelenko Jeleoneta Jelfida Jeli Jelian Jelias Jelijeser Jelin Jelina
Jelis Jelisabet Jelisabeta Jelisar Jelisaweta Jelissa Jelissaweta Jelissei Jelissej Jelissiia
Jelissija Jeliza Jelka Jelko Jelle Jelma Jelo Jelte Jelwis Jemanoil Jemanuil Jemanuila Jemanujel
Jemeljan Jemil Jemilian Jemiliia Jemilija Jemilijan Jemma Jena Jenaro Jendo Jenel Jeniza Jenju
Jenna Jenni Jennie Jeno Jente Jentscho Jenő Jepifan Jeppe Jere Jeredin Jeremei Jeremej Jeremi
Jeremiah Jeremiia Jeremija Jeremías Jergana Jerguš Jerica Jerik Jerika Jerina Jerker Jermaine
Jermil Jermilia Jermilja Jermolaj Jernej Jerneja Jerofei Jerofej Jerol Jersen Jerwin Jerónimo
Jessen Jessie Jessy Jestela Jesusa Jet Jetijen Jevgeni Jewa Jewangelina Jewdokiia Jewdokija
Jewdokim Jewfrossiniia Jewfrossinija Jewgen Jewgeniia Jewgraf Jewlampi Jewlampij Jewpraksiia
Jewpraksija Jewridika Jewsei Jewsej Jewstachi Jewstachij Jewstafi Jewstafij Jewstati Jewstatij
Jewstignei Jewstignej Jewtim Jezups Jillian Jimmie Jindřich Jindřiška Jinthe Jip Jitka Jiřina
Jiří Joacim Joakim Joann Joannes Joaquina Job Jocelyn Jochanna Jodi Jodie Jody Joep Joeri Joey
Johana Johans Johnathan Johnnie Joil Joke Joko Jokūbas Jolana Jolene Jolie Jolien Jolijan Jolijn
Joline Jolko Jolán Jonatan Jonathon Joni Jonika Jonna Jonny Jonás Jonáš Joona Joonas Joonatan
Joppe Joran Jordana Jordanka Jordi Jordon Jordy Jordán Joren Jorja Jorma Jorn Jort Jorunn Jorūnė
Jos Joschi Josefiina Josefin Josep Josepha Josephina Josephus Josh Josiah Josipa Joso Josse
Jossip Josué Jouko Jouni Jovche Jovita Jowan Jowana Jowanka Jowiza Jowko Jowo Jowro Jowtsche
Jowtscho Jowzo Jozefína Jozo Joško Jožef Jožefa Jožica Juanita Juanito Juchim Jude Judit Judita
Jugi Juha Juhana Juhani Juho Jukka Julianna Julie-Anne Juliia Julij Julijan Julijena Julita
Juliusz Julián June Juni Junior Junona Juozas Juraj Jurdan Jure Jurgen Jurgita Juris Jurita
Jurre Jussi Justas Justianna Justim Justinas Justinian Justína Juul Juulia Juuso Juwenali
Juwenalij Jyrki Jytte Ján János Jázmin Jéssica József Jørgen Júlia Július Jüri Jānis Jāzeps
Jēkabs Jēkaubs Jędrzej Jūla Jūle Jūlija Jūlijs Kaarina Kaarlo Kaat Kadifejka Kadifeyka Kadri
Kadınana Kahir Kahu Kahurangi Kaia Kaija Kaique Kaisa Kaitlin Kaitlyn Kaj Kaja Kajetan Kajsa
Kajus Kaleb Kaleia Kaleja Kalervo Kalevi Kaleya Kalgay Kali Kalisa Kalissa Kalliniki Kallinikos
Kalliroi Kallirroi Kallistrat Kalomoira Kaluda Kalypso Kamar Kameia Kameja Kameya Kamiel Kamilla
Kamilly Kamilə Kamran Kanak Kandef Kane Kanella Kanpulat Kanuscha Kanusha Kapagan Kapiton Kara
Karabaş Karaca Karaer Karakucak Karamelita Karanbay Karataş Karcan Karcho Kardelen Karel Kari
Karima Karl-Erik Karley Karlijn Karlo Karlukhan Karlīna Karmen Karol Karolien Karoliina Karolis
Karolos Karolína Karp Kartscho Karyn Karyofyllia Kasidi Kasjan Kaspars Kasper Kassandra Kassidi
Kasyan Katakomb Katalinka Katariina Katarína Katarīna Katastrofa Katcha Katelijne Katelyn
Katerin Kateřina Katica Katie Katie-Louise Katinka Katleen Kato Katri Katrien Katriina Katrijn
Katrina Katrine Katrīna Katty Kauko Kaunka Kauri Kaver Kavurt Kayagün Kayden Kaye Kaygusuz
Kaylee Kayleigh Kayrabay Kayıt Kazimir Kazimír Kazım Kaşif Kealan Keano Keanu Keegan Keelan
Keely Keeva Kefser Keijo Keira Keld Kelli Kellie Kelly-Anne Kelly-Marie Kelsey Kelvin Kelâmi
Kendra Kenn Kennet Kenny Kent Kenter Kenth Keranka Kerasia Keri Kerime Kerman Kerri Kerrie Kerry
Kerttu Kete Keti Kevork Kewin Kework Kezban Khacho Khana Khanko Kharalambi Kharalampi Kharalan
Kharbingr Khari Khariton Kharitoniia Kharitoniya Kharizan Kharlampi Kharlampiy Khasan Khasatin
Khavtelin Khebr Khefestion Khektor Khenriyeta Kheraklit Khernani Khiminay Khinka Khinko Khino
Khitko Khloe Kholi Khoma Khoroz Khrabr Khrabrin Khranimir Khranislava Khrelko Khrelo Khrisanka
Khrischo Khrisim Khrisimir Khriso Khrista Khristalin Khristela Khristia Khristilian
Khristiliyana Khristina Khristivilin Khristiyela Khristo Khristodor Khristofor Khristomil
Khristomir Khristoslav Khristoyelena Khristozar Khristozornitsian Khristozornitsomil Khristya
Khrondel Khrusan Khuban Khubav Khubavelka Khubaven Khuben Khvoyne Kibar Kiber Kick Kiera Kifaye
Kifayət Kike Kiki Kikilia Killian Kimba Kimberley Kimbo Kimcho Kimmo Kimon Kimtscho Kin Kingston
Kinka Kino Kinta Kipras Kiprijan Kiprislav Kiprislaw Kipriyan Kir Kiramettin Kirby Kircho Kiri
Kirijen Kirilo Kiriyen Kirjak Kirjaki Kirjako Kirk Kirka Kirsi Kirsti Kirstie Kirstine Kirtscho
Kiryak Kiryaki Kiryako Kirykos Kis Kit Kitan Kitchitsa Kito Kitodar Kitomir Kitti Kittschiza
Kiyasi Kjeld Kjersti Kjetil Klairi Klas Klaudie Klavdi Klavdiia Klavdija Klavdiy Klavdiya Klavs
Klawdi Klawdiia Klawdij Klawdija Kleanthis Klearchos Kleio Klemen Klement Kleomenis Kleoniki
Kleopas Kleopatra Kleovoulos Kleuna Klim Kliment Klimentini Klimis Kloia Kloja Kloya
Klytaimnistra Klára Knina Kobe Kocabaş Koenraad Koha Kojno Kojo Kojtscho Kokimira Kokkona Koko
Kolcho Koldan Kole Kolju Kolo Koloman Koltscho Kolyu Komara Komnin Komnini Komninos Koncagül
Kondrat Kondrati Kondratij Kondratiy Kondylia Konguralp Konon Konradus Konstantia Konstanty
Konštantín Kopan Kora Koralia Kori Korkmazalp Kornel Korneliia Kornelija Korneliya Kornil
Kornilia Kornilios Kornél Kornélia Korugan Kosma Kosmas Kosmia Kosta Kostadinka Kostjantin
Kostoula Kostyantin Kotryna Kotuz Koycho Koyno Koyo Kozma Koçak Koçkan Koşukhan Kralina
Krasidara Krasiyana Krassidara Krassijana Krinio Kris Krisi Krissi Kristaps Kristel Kristen
Krister Kristers Kristi Kristiaan Kristiana Kristie Kristien Kristiia Kristiina Kristija
Kristiya Kristián Kristiāna Kristjan Kristofer Kristoffer Kristopher Krists Kristupas Kristy
Kristína Kristóf Kristýna Krisztina Krisztián Krisztofer Krišjānis Krišs Krištof Krstanka Krste
Krystal Krystallenia Krystallis Krystian Kryštof Ksandriniia Ksandrinija Ksandriniya Ksawery
Ksenija Kseniya Kuddusi Kullervo Kumral Kunka Kuprijan Kupriyan Kurtis Kusma Kusman Kustaa Kutay
Kutgün Kutun Kuzma Kuzman Kvetoslav Kvetoslava Květa Květoslava Kwetoslawa Kyan Kyano Kyara
Kydonia Kyla Kylie Kyllikki Kyparissia Kypriani Kyprianos Kyratsa Kyriazis Kyros Kyveli Kálmán
Károly Kâmil Kâzime Kåre Kévim Köker Köktaş Könül Kösemen Kövsər Kübran Kürşad Kārlis Kęstutis
Kılıçbay Kınel Kırat Kırgız Kısmet Kıvılcım Kızıl Kızıltunç Kəmalə Kəmaləddin Kənan Kəramət
Kərim Labrini Labros Lacey Lachlan Lada Ladimir Ladislau Ladislav Ladislava Ladislaw Laertis
Lage Laika Laimonis Lajos Lalka Lalko Lalo Lalə Laləzar Lamberto Lambi Lambju Lambo Lambyu
Lamiyə Lance Lander Lando Lanselot Laoise Laokratis Lars-Erik Lars-Göran Lars-Olof Lars-Åke
Lasar Lascăr Laskal Laskar Laskarina Laskaris Lassi Lastr Lasura Latasha Latin Latju Latko Lato
Latoya Latsa Latyu Laureano Laurens Laurenția Laurențiu Lauretta Lauri Laurian Laurie Lauris
Laurita Laurits Laurynas Laus Laust Lavr Lavrenti Lavrentia Lavrentios Lavrentiy Lavínia Lavīze
Lawr Lawrenti Lawrentij Laza Lazaria Lazaros Laze Lazura Lazzaro Lazăr Lazım Laçın Laís
Lchezarka Leandr Leandros Leanne Lecho Ledün Lee Leen Leena Leevi Lefter Leia Leigh Leire Leka
Leko Lelia Lemonia Lemonis Len Lenche Lenin Lenka Lenko Lenn Lennarth Lennert Lentsche Leocadia
Leocadio Leonardos Leoncio Leone Leonel Leonidia Leons Leonti Leontij Leontin Leontiy Leontīne
Leopolda Leopoldina Leopoldo Leordean Leoš Leroy Lerze Les Lesana Lese Lesia Lesse Leticija
Letisiia Letisiya Letissiia Letissija Letiția Letscho Letícia Lev Levcho Levente Levko Levkothea
Levoslav Lew Lewent Lewis Lewko Lewtscho Lex Leyli Leyre Lezize León Libby Liberta Liberto Libor
Libuša Libuše Lichiia Lichija Licho Licia Lică Lida Lidiia Lidijka Lidiya Lidiyka Liene Liepa
Lies Liesbet Lieselot Lieve Lieven Lieze Ligia Ligita Liisa Lija Lika Likhiia Likhiya Lilcho
Liliia Lilijana Lilita Lilja Liljan Liljana Liljanka Lilko Lilla Lillemor Liltscho Lilyan
Lilyanka Limon Linas Lincoln Linde Linn Linnéa Lioara Lipe Lisandro Lisanne Lisbet Lise-Lott
Lise-Lotte Liselott Lito Litscho Liva Liviu Liwia Liz Liza Lize Lizete Lizz Lizzy Ljanka Ljubim
Ljubina Ljublina Ljubomir Ljuboslawa Ljubosmysl Ljubov Ljuljana Ljussila Lloyd Lo Lode Lodewijk
Lodovico Loek Loes Logothetis Loida Lois Loke Lolita Lona Lone Longin Lonnie Lope Lorans Lorcan
Lorelei Loreto Lori Lorna Lorraine Losan Losana Losanka Losen Lot Loti Loudovikos Loui Louiza
Loukas Loukia Loukianos Louloudenia Lourenço Lova Lovcho Love Lovis Lovisa Lovre Lovro Lowe
Lowie Lowtscho Lozan Lozana Lozanka Lozen Loïs Ltschesarka Luara Lubomír Luboš Lucca Luce
Lucențiu Luchezar Luchino Lucho Lucija Lucila Lucinda Lucrezia Lucreția Lucrețiu Ludo Ludolf
Ludovica Ludovico Ludovicus Ludvig Ludvik Ludvík Luděk Luigina Luisina Luiz Luiza Lujza Lukan
Lukiia Lukija Lukiya Lukjan Luko Lukyan Lukáš Lukʼjan Lukʼyan Lulcho Luli Lultscho Luminița
Lumír Lunna Lupe Lupita Lusiia Lusio Lusiya Lussiia Lussija Lussio Lutfi Lutgarde Lutgardis
Lutgart Lutschesar Luuk Luísa Lyanka Lygeri Lykke Lykourgos Lynda Lyndon Lyndsay Lyndsey Lynette
Lynley Lynne Lynnette Lynsey Lysandros Lyubim Lyubina Lyublina Lyuboslava Lyubosmysl Lyulyana
Lyusila Lázaro Lâle Lâm Lærke Lívia Lúcia Lüfen Lütfi Lütfiyyə Lýdia Lýdie Lăcrămioara Lėja Lība
Līga Līna Līza Lūcija Ləman Lətafət Lətif Lətifə Maaike Maaria Maarit Maartje MacKenzie Macarena
Macaria Macario Macauley Machno Macide Mackenzie Macs Madalena Madara Maddison Made Madelene
Madelief Madeline Mads Maeve Magdalinos Magdaléna Magdolna Maggie Magne Mahi Mahigül Mahir
Mahirə Mahizər Mahsun Mahter Mahulena Maia Maie Maija Maiken Maire Mairead Mairtin Maisə Maite
Maitê Maj Maj-Britt Maj-Lis Majia Majja Majken Majvor Makar Makarios Makayla Makhno Makrina Maks
Maksimilijana Maksimiliyana Maksimiljan Maksimilyan Maksur Maksymilian Maksüde Malachy
Malamatenia Malamati Malle Mallory Malthe Maltina Malva Malvina Malvína Malwina Mamen Manaaki
Manaf Manaia Manawa Manca Manchestryunayted Mancho Manda Manju Mano Manojel Manol Manola Manole
Manolina Manolo Manoyel Mansurali Mantha Manto Mantschestrjunajted Mantscho Mantė Manu Manuelita
Manuella Manuil Manus Manusch Manush Manuél Manyu Maqsud Mar Maraea Marangoni Marcantonio
Marcelina Marcelino Marcell Marchelo Marcheta Marcial Marciano Marcio Marcu Mare Maree Mareikura
Mareks Marfa Margarit Margaréta Margaud Margietta Margo Margrethe Margrieta Margus Mariah
Mariane Marianela Mariann Mariano Marianthi Maribel Maricela Maricica Maricruz Marie-Rose
Marieke Marigo Mariia Marij Marijka Marijke Marijn Marincho Marinel Marinela Marineta Marinka
Marinos Marintscho Marinus Marioara Mariollita Mariotka Marisela Marisol Maristela Maritna Mariy
Mariya Mariyan Mariyka Marián Marja Marja-Leena Marja-Liisa Marjaana Marjana Marjanca Marjatta
Marjeta Marjo Marjukka Marjut Markas Markella Marketta Markku Markos Markéta Marlena Marnix
Marotesa Maroš Mart Marte Martijn Martinijan Martiniyan Martino Martinos Martirio Martjan
Martschelo Martta Martti Martyan Martyn Martynas Martín Marusch Marush Marusia Marussia Marussja
Marusya Maruša Marína Marʼjana Marʼyana Masa Masar Mascha Mascho Masha Masho Maslina Mason Massa
Masume Matas Matea Matei Mateja Mateus Matevž Matey Matheus Mathew Mathijs Mati Matias Matic
Matija Matina Matiu Matjaž Matju Matka Matouš Matroni Matthaios Matthijs Matthildi Matts Matvei
Matvey Matwei Matwej Matyu Matyáš Matías Matúš Matěj Matīss Mauno Maura Maureen Mauri Mauricio
Maurilio Maurits Mauritz Maurycy Mavra Mavrikios Mavroeidis Mavros Mavroudis Maxi Maximiano
Maximiliano Maximilián Maximino Maxwell May Mayia Maynur Mayte Mayya Mazlum Maşide Maša Maža
Mckenzie Meabh Meagan Meaghan Mechislav Mecide Mecit Meda Medard Median Medicha Medikha Medėja
Meelis Mees Mefarettin Mefharet Mefodi Mefodij Mefodiy Meg Megaklis Meghan Mehbarə Mehdiqulu
Mehdiye Mehin Mehman Mehmetzahir Mehrigül Meibh Meja Melaha Melania Melaniia Melanija Melaniya
Melchor Meldi Meleknur Melenia Meletia Meletios Melichar Melihcan Melikkan Melker Melle Melody
Melpomeni Melwin Melánia Melûl Memili Menandros Menelaos Menfeat Mengi Mengüç Menişan Meno Merba
Merche Merdi Mereana Meredith Merel Merete Merethe Merijn Merike Merilin Merim Merja Merkourios
Meropa Meropi Mertel Merva Mervi Mervyn Meryeme Merzuk Mesak Messak Mestur Mesude Metaksa
Metaxia Methodios Metinkaya Metka Metod Metodi Metschislaw Meveddet Mevlüdiye Mevlüt Meyhanim
Meyransa Mezide Meşhur Micael Micaela Micah Michajlena Michajlina Michajlo Michala Micheal
Micheala Michei Michej Michelangelo Micheletto Michelotto Michiel Mie Mieke Miel Mieszko Miglena
Miglė Miguela Miha Mihael Mihail Mihels Mihhail Mihin Mihkel Mihnea Mihrab Mihriye Mihály Miia
Miika Mik Mikaela Mikaere Mikayla Mikayıl Mikels Mikes Mikhaylena Mikhaylina Mikhaylo Mikhei
Mikhey Mikita Mikkel Mikko Miklós Mikolaj Mikolay Mikołaj Mikuláš Milada Milagros Milara Milay
Milda Milen Mili Milia Miliana Milij Militsa Miliy Miliza Milla Mille Miloslav Miloslava Milost
Milota Milou Milovan Milowan Milton Miluše Milán Mimmi Mimosa Minas Mindaugas Mindy Minerva
Minibe Minka Minoas Minodora Minurə Mio Mioara Mir Mirabela Miransa Miranta Miranza Miray
Mirbadin Mirdza Mireia Mirena Miriama Mirjami Miron Mirona Miropa Miroslava Mirta Mirte Mirthe
Miruna Mirzə Mirəli Mischka Mishat Mishka Misla Mislav Misra Misty Mitchel Mitchell Mitică Mitko
Mitofan Mitoschka Mitoshka Mitruț Mitzy Miyesser Miķelis Miłosz Mladlena Moa Modest Modesta
Modesto Modris Mogens Moisei Moisey Moissei Moissej Moisés Mojca Mojmír Mokei Mokej Mokey Mollie
Momchilo Momera Momtschilo Monalisa Monis Montserrat Morgan Mortadela Morten Moscha Mstislav
Mstislaw Muarra Mucahit Mufide Mugur Mugurel Muhip Muhiye Muhyettin Mujde Mukbile Muktedir
Muratcan Murilo Musafet Musaffa Muschana Mushana Mustapha Mutasım Mutluhan Muvaffak Muvahhide
Muxtar Mya Myles Myrsini Myrthe Márcio Mária Mário Márk Márta Márton Mátyás Máté Máxima Máximo
Märta Märtha Måns Mårten Mónika Móric Möhsim Mübariz Mübetcel Mücellib Mücevher Müferrih Müfit
Müjde Mükramin Mükrüme Mülayim Mülâyim Mümtaz Mümtaze Münezzer Münif Müntəzir Münəvvər Müret
Mürit Mürsəl Müsemma Müslum Müslüm Müveddet Müzekker Müzəffər Müğber Müşkünaz Müşüre Māra Māris
Mārtiņš Mārīte Mădălin Mădălina Mălina Mărioara Măriuca Mədinə Məhru Məhəmməd Məhərrəm Məlahət
Məleykə Məmməd Mənsur Mənsurə Məryəm Mərziyyə Məsmə Mətanət Nachiyan Nachko Nacho Nacio Nades
Nadežda Naditsa Nadiya Nadiza Nadka Naděžda Nae Nafii Nafile Nafisat Nafissat Naftali Naglis
Nahidə Naiara Naibə Naide Nailə Naina Nair Naja Najda Najo Najtscho Nake Nakif Nakip Nako Nalân
Namiq Nana Nancho Nand Nani Nanju Nanko Nanna Nanni Nano Nansimir Nantscho Nanyu Nanə Naoimh
Naoise Naomh Napoleon Napoleone Narcis Narcisa Narciso Narhanim Narkis Nartsislav Narzislaw
Narıngül Nas Nasar Nasiba Nasko Nastiia Nastija Nastimir Nastiya Nastradin Nasuf Nataliia
Natalina Natalio Natanail Nataniel Natasja Natasza Natașa Nate Natella Nath Nathanail Nathaniel
Natiq Natividad Natko Natschijan Natschko Natscho Natsko Natso Natália Natálie Natālija Natəvan
Naud Naum Navodnenka Navsika Nawodnenka Nayara Naycho Nayda Nayeli Nayil Nayo Naz Nazar Nazaret
Nazario Nazende Nazi Nazilə Nazim Nazimet Nazimə Nazir Nazko Nazlihan Nazlim Nazo Nazıdil Nağı
Nea Nearchos Nebih Nebiha Necdat Nechifor Necilal Necmettin Necva Nedas Nedda Nedelcho Nedelin
Nedeljana Nedeltscho Nedelyana Nedislav Nedislaw Nedjalko Nedju Nedko Nedo Nedyalko Nedyu
Nefaret Nefiye Negoslav Negoslaw Negrita Nehip Neja Nejc Nejdet Nejka Nejko Nejtscho Nektaria
Nelcho Nelida Nelko Nella Nellie Neltscho Nelu Nencho Nene Nenko Nensislav Nensislaw Nentscho
Neofytos Neokleia Neokli Neoklis Neolina Neptün Neratzia Nerea Nereida Neres Neriban Nerijus
Nerim Neringa Neschka Nesfe Neshka Nesip Neslinur Nestor Nete Nevaeh Neval Neven Nevenko Nevgin
Neviliyan Neville Nevise Nevsal Nevsale Nevyan Newen Newena Newenko Newilijan Newjan Neycho
Neyka Neyko Neyran Nezengül Nezihi Nezize Neşrin Neža Ngaire Ngọc Nhiên Nhật Nia Nicanor Nicat
Niccolò Nichifor Nichola Nichole Nicky Nicoară Nicodemo Nicodim Nicolaie Nicolaj Nicolasa
Nicoleta Nicoline Nicu Niculina Niculiță Nicușor Nicuță Nidia Niek Nienke Nieves Nifont Nigar
Nigrita Nihai Nihal Niilo Niina Nikandr Nikandros Nikanor Nikau Nikifor Nikiforos Nikitas
Nikitia Nikki Nikodem Nikodim Nikodimos Nikojela Nikol Nikolajs Nikoleta Nikolett Nikoletta
Nikolitsa Nikon Nikora Nikoyela Niks Nikša Nilcan Nilda Nili Nilo Ninel Ninetta Ninthe Nionila
Nirgül Nisə Nixon Niyaz Niyazi Niğmet Noemí Nojus Nolan Noman Nomiki Nona Nonna Noora Noortje
Norberto Nore Norica Norka Normunds Noud Nout Nova Novruz Noémi Noëlla Ntaizi Ntaniela Nuala
Nural Nuranə Nurbanu Nurda Nurdeniz Nureta Nuretdin Nurey Nurgil Nurhayet Nuriyet Nurkan Nurlan
Nurlana Nurmelek Nurseda Nurser Nursim Nurtaç Nuru Nurulla Nurullah Nurveren Nurşan Nurşən
Nurşərəf Nuyan Nuşirəvan Nuša Nydia Nynke Nádia Nándor Nélida Néstor Nóra Növrəstə Nübar Nüdret
Nürice Nürəddin Nüsrət Nüşabə Nəcəf Nəfisə Nərgiz Nəriman Nərmin Nərminə Nəsib Nəsimi Nəzakət
Nəzrin Obdulia Obirdar Obretim Ochanes Ochrim Octav Octavia Octavian Octaviana Octavio Octaviu
Odalis Odalys Odarka Odd Odeline Odhran Odkanlı Odysseia Odyssevs Ofelia Ofeliya Oganer Ogin
Ognemir Ognen Ognena Oguş Oiva Okanay Okbay Okean Okgüçlü Okhanes Okhrim Okseniia Oksenija
Okseniya Okseven Oktaviia Oktaviya Oktawiia Oktawija Oktjabrina Oktyabrina Oktüremiş Okyalaz Ola
Olalla Olavi Olca Oldağ Oldrich Oldřich Olegario Olek Oleksa Oles Olfert Olgierd Olimpi Olimpia
Olimpiada Olimpian Olimpij Olimpiu Olimpiy Olive Olivera Olivie Olivija Oliviu Olivér Oliwer
Oliwera Oliwier Olle Olov Oluş Olybia Olympia Olívia Omaca Omana Omeljan Omelyan Omiros Omurtag
Onat Oncho Ondrej Ondřej Ongay Onik Onisim Onissim Onni Onofre Ontscho Onufri Onufrij Onufriy
Onuker Onurcan Onursu Oona Oonagh Opanas Oqtay Oran Oranlı Orazio Orchidei Orchideia Orchidej
Orchideja Orchip Orduxan Orest Orestas Oreste Orestis Orfeas Orfei Orfej Orfey Orfhlaith Orgün
Oriana Orina Orisia Orissia Orissja Orisya Orkhidei Orkhideia Orkhidey Orkhideya Orkhip Orlagh
Orlaigh Orlaith Orleana Orlin Orsolya Ortak Ortansa Ortodoksi Ortse Oruç Orvokki Orxan Orze
Orçin Osip Oskari Oskars Oskár Osmo Ossi Ossian Ossip Ostap Ostromir Osvald Osvaldo Osvalds
Oswaldo Otakar Otay Othon Otilia Otis Oto Ottavio Ottone Ottó Otávio Otília Otýlie Otīlija Outi
Ovanes Ove Ovidio Owanes Owe Owen Oymak Ozana Ozansü Oğulbaş Oğurata Oğuzman Oļģerts Oľga Paavo
Paca Pacho Pachom Paco Pacífica Padraic Padraigin Pagona Paige Paisi Paisiy Paissi Paissij Paker
Pakhom Pakizə Pako Paksu Palle Palmi Palmira Palmiro Paloma Palomina Palvira Palwira Pam Pamfil
Panagachie Panagia Panagis Panait Panaj Panajot Panas Panay Panayot Pancho Panda Pande Pandelis
Pandora Pane Panfil Panfilo Pankrat Pankrati Pankratij Pankratiy Pankrtijjan Pankrtiyyan Pankrác
Pano Panoraia Panormitis Pantalei Pantalej Pantaley Pantazis Pantelei Panteleimon Pantelej
Pantelejmon Panteley Panteleymon Pantelia Pantelis Pantera Pantju Panto Pantoula Pantscho Pantyu
Paoletta Paolina Parachod Parakhod Paramon Paraschiva Paraschkew Paraschkewan Paraschkewiza
Paraschos Parashkev Parashkevan Parashkevitsa Paraskev Paraskew Paressa Parfen Paride Paris
Parker Parmen Parthena Parunka Parusch Parush Paschalia Paschalis Pascual Pascuala Pasi Pasko
Paspanachil Paspanakhil Pasqual Pastor Pastora Patapia Pato Patricie Patricija Patricio
Patriotka Patrizio Patroklos Patsa Patscho Patso Patty Pauli Paulica Paulien Pauliina Paulin
Paulino Paulius Pauls Paulína Paulīna Paun Pauric Pavao Pavelin Paviliia Paviliya Pavko Pavla
Pavle Pavlik Pavlin Pavlina Pavlincho Pavlomir Pavlína Pavol Pavsanias Paw Pawelin Pawiliia
Pawilija Pawko Pawle Pawlik Pawlin Pawlina Pawlintscho Pawlomir Paye Payton Paz Paza Pazo Paşa
Peadar Pearce Pearse Peder Peeter Pehlil Pejko Pejo Pejodon Pejolina Pejtan Pejtschin Pejtscho
Pekka Pekkan Peko Pelageia Pelageja Pelageya Pelagia Pelaj Pelay Pelayo Pele Pelina Pelle
Pellegrino Pelopidas Pembesin Penchin Pencho Penju Penko Penny Peno Pentschin Pentscho Pentti
Penyu Peo Pepe Pepelota Pepijn Pepino Pepislav Pepislaw Pepita Pepito Pepo Per-Erik Per-Olof
Percho Peren Periana Perikl Perikleia Perinur Peristera Perla Perlita Permun Pernilla Perry
Persefoni Persiana Persijan Persiyan Pertscho Pertti Peschka Pesent Peshka Petikongres Petinka
Petkan Petko Peto Petraki Petrana Petras Petre Petri Petrică Petrijka Petrinel Petriyka Petrișor
Petro Petromil Petromira Petrona Petronela Petrosar Petrozar Petru Petrus Petruschka Petrushka
Petruț Petruța Petter Petteri Peychin Peycho Peyko Peyo Peyodon Peyolina Peytan Peyton Phileine
Philippine Phoebe Phoenix Phyllis Phúc Phương Piaras Piedad Pien Pier Pierangelo Pierce
Piergiorgio Piergiuseppe Pierluigi Piermaria Pierpaolo Pierrina Piersanti Piet Pieter-Jan Pietra
Pigi Piia Pijus Pili Pilip Pim Pimen Pina Pindaros Piper Pippa Pirahmet Piran Piret Pirjo Pirkko
Piroska Plamena Platon Pleun Pleșu Plinio Plodovitka Plodowitka Ploutarchos Plácido Pol Polad
Poleksina Polikarp Polin Polly Polona Polonca Polychronia Polychronios Polydora Polydoros
Polykarpos Polykratis Polymnia Polyniki Polytimi Polyvia Polyvios Polyxeni Polyzois Pompeo
Pompilia Pompiliu Pomponio Poncio Pontus Porfiri Porfirij Porfirio Porfiriy Potap Pothiti Poul
Poulcheria Poulia Povilas Praskovia Praskovya Praskowia Praskowja Pravda Pravoslav Prawda
Praxitelis Preben Presa Pressa Preston Priit Primitiva Primitivo Prina Priscila Prochir Prochor
Prodromia Profira Prokhir Prokhor Prokl Prokofi Prokofij Prokofiy Prokop Prokopios Proletina
Promitheas Prostisveta Prostisweta Prov Prow Prudencia Prudencio Prvoletka Prwoletka Puccio Puck
Puk Pupi Purificación Pyrros Pythagoras Pál Pánfilo Päivi Päivikki Pär Pål Pénélope Pía Pío
Pünhan Pürçek Pătru Pēteris Přemysl Pəri Pərişan Pərvanə Pərvin Pərvinə Pərviz Qabil Qadir Qalib
Qaratel Qasım Qiyas Qoşqar Quinn Quinten Quinty Quique Quirino Qulam Qulu Qumru Qönçə Qüdrət
Qızbəs Qədir Qələndər Qənirə Qəzənfər Qəşəm Rabbiye Rachael Rachelle Rachil Rachko Racho Rada
Radek Radia Radim Radimira Radislav Radislaw Rado Radomír Radoslav Radoslava Radostka Radosveta
Radosweta Radovana Radowan Radvilė Radúz Rael Raewyn Raf Rafa Rafail Rafaél Rafaël Raffaellino
Raffaello Rafia Rafih Rafila Rafiq Ragna Ragnar Ragner Ragnhild Rahiye Rahmet Raifə Raija Raili
Raimo Raimonds Raimundo Rainka Raivis Raivo Rajan Rajko Rajnitschka Raju Rakide Rallia Rallis
Ramid Ramil Ramilə Ramina Raminta Ramiro Ramunė Ramūnas Rancho Randall Randi Randju Randyu
Rangel Rani Ranieri Rantscho Rareș Rasa Rasate Raschko Rascho Rashko Rasho Rasim Rasimə Rasma
Rassate Rastislav Rasul Ratibor Ratmir Ratschko Ratscho Rauno Raven Ravy Rawiri Ray Rayla
Raynichka Rayu Razi Raziyə Razı Rcho Rea Rean Rebeca Rebecka Rebeka Rebekah Rebihat Recepali
Reda Reece Reet Refet Refik Regan Regitse Regitze Regína Regīna Rehime Reidun Reijo Rein Reina
Reinaldo Reinis Reino Relu Rem Remazan Rembrandt Remedios Remi Remigio Remus Renaat Renan Renee
Rengiia Rengija Rengina Rengiya Rengül Rens Renske Renáta Resulcan Reuben Reveka Revekka Revka
Revza Rewka Rex Reyes Reyhan Reyhanə Reyna Reynaldo Rezin Rezzak Rhavi Rhian Rhianna Rhianne
Rhiannon Rhonda Rhys Rian Riana Rica Ricciotti Richardt Richerd Richárd Rickard Rickey Ricky
Rigas Rigmor Rigoula Rihards Riikka Riina Riitta Rija Rik Rikard Rikke Riku Riley Rimantė Ris
Risalet Ristia Ristja Risto Ristya Ritschard Ritscherd Ritt Ritva Riya Rizos Rizvan Ričardas
Ričards Rjurik Rnest Roan Roar Robbe Robbie Robertas Robertina Roberts Robrt Robyn Rochelle
Rodamanthi Rodan Rodanthi Rodia Rodica Rodney Rodoflos Rodokleia Roel Roeland Rogelina Rogelio
Rogena Rohan Rohat Roise Rojnu Rojo Rojus Rok Rokas Roko Roksan Roksana Roksolana Rolandas
Rolando Rolands Roldán Romanița Romanos Romel Romelina Romen Romil Romoleta Romolo Romualdas
Romul Romulus Román Ronaldo Ronni Ronnie Rony Roope Roos Roosa Roque Rory Rosaliia Rosalija
Rosalin Rosalina Rosalinda Rosalva Rosalía Rosana Rosaura Roseanna Roselina Rosemary Rosen
Rosenda Rosendo Rosenka Roseta Rosette Rosie Rosimir Rosin Rosislava Roska Rosko Rosozwet
Rossana Rosselina Rossen Rossenka Rossimir Rossislawa Rostiana Rostimir Rostislav Rostislava
Rostislawa Roubini Rousa Rowan Roxani Roxelana Royo Roza Rozalia Rozaliia Rozalija Rozalin
Rozaliya Rozana Rozeta Rozin Rozka Rozotsvet Rozália Rtscho Ruairi Ruari Rudīte Rufina Rufino
Ruggero Ruggiero Rugilė Ruhide Ruhiyyə Ruhsat Ruhugül Ruhəngiz Ruin Rumeysa Rumislava Rumislawa
Rune Ruperta Ruperto Ruqiyyə Rusaliia Rusaliya Ruschka Ruska Rusnė Russaliia Russalija Rut Ruta
Rute Ruxanda Ruxandra Ruxsarə Ruy Ruzhka Ruža Ružena Ružica Ryder Rytis Rytė Ryurik Rza Régulo
Réka Róbert Rómulo Róza Rózsa Róża Rövşanə Rövşən Röya Röyal Röyalə Rúben Rübabə Rübeyda Rüfət
Rüknettin Rümeysa Rüşen Răducu Rıfkıye Rūdolfs Rūta Růžena Rəfiqə Rəhilə Rəis Rəmziyyə Rəna
Rəqsanə Rəsmiyyə Rəsul Rəxşəndə Rəşad Rəşid Saar Saara Saba Sabas Sabatino Sabih Sabihe Sabin
Sabir Sabirə Sabína Sabır Sachari Sacharin Sacharinka Sacho Sachoriia Sachorija Sacidə Sadat
Sadeti Sadie Sadiq Sadittin Sadiye Sadıq Safa Safer Safinaz Safir Safta Safura Saga Sahibə Sahir
Saire Sajeka Sakari Sakhoriia Sakhoriya Sakip Salami Salimet Salina Salkın Salman Salomea Salomi
Salomón Salud Salurbay Salvi Samahat Samfir Samirə Sammy Samo Samouil Samson Samu Samuil Samuli
Samurtay Sanavber Sancak Sancho Sanda Sandalio Sandi Sandis Sandu Sango Sania Sanita Sanka Sanko
Sanna Sanni Santa Sante Santeri Santino Santos Sanur Sançar Sapa Sapfo Saprjan Sarah-Jane
Sarah-Louise Saraia Saraja Sarantis Saraya Sargın Sari Sarita Sarko Sarmīte Sarpkın Sarra Sarvan
Sarya Sarıcabay Sascho Sasha Sasho Satrettin Satu Saturnina Saturnino Satıa Saul Saulius Sava
Savak Savannah Saveli Saveliy Saveta Savina Savni Savva Savvati Savvatiy Savvoula Sawarin Saweli
Sawelij Sawen Saweta Sawwa Sawwati Sawwatij Sayalı Saydam Saygın Sayin Sayrak Sayın Saçı Sağcan
Sağıt Sašo Scarlett Schaban Schaklin Schana Schanin Schanko Schanna Schanou Schara Scharko
Scharo Schecheresada Schejna Scheki Scheljaska Schena Schenimira Schenko Schenol Schibil Schider
Schinka Schinko Schino Schiptschan Schirko Schischman Schitschka Schiwa Schiwomira Schkodri
Schmilo Schmulju Schorka Schpilko Schtschedju Schtschedra Schtschedrin Schtschefaniia
Schtschefanija Schtscheki Schtschenju Schtscheno Schtscheriana Schtscherijan Schtscherion
Schtscherju Schtscherko Schtschero Schtschilijan Schtschiljan Schtschiljanka Schtschirjan
Schtschono Schtschrban Schtschrkan Schtschtilka Schtschtrban Schtschtrkan Schtschurk Schuliana
Schuscho Scot Sdrawelin Sdrawelina Sdrawez Sdrawko Sdrawtscho Sduchostina Sean-Paul Seana Seanan
Seaneen Seanna Sebachtin Sebakhtin Sebastiaan Sebastijan Sebastião Sebastjan Sebattin Sebigül
Seblâ Sedef Sedefcho Sedeftscho Sedife Sefer Segismundo Seha Sehel Seija Sejda Selaheddin
Selatin Selcan Selcen Selen Seler Selime Selini Selivan Seliverst Seliwan Seliwerst Selmin Selvi
Selâtin Sem Semat Semen Semenarka Semender Semenica Semina Semine Semrin Sencar Sengin Seniha
Senko Senn Senna Senne Seona Sep Seppe Seppo Seracettin Serafeia Serafeim Serafina Serafín Serda
Serezli Serfinaz Sergelinka Sergi Sergij Sergios Sergiu Sergius Serhatmehmet Serma Sernur Serol
Server Servinaz Servác Seslav Seslaw Sessa Seth Sevan Sevar Sevasti Sevastiani Sevastianos
Sevastin Sevastyan Sevcan Sevdalin Sevdan Sevdi Sevdinar Seve Sevelin Sever Severiano Severina
Severino Severo Severín Seveta Sevgen Sevginur Sevican Sevinc Sevindik Sevla Sevsevil Sewan
Sewar Sewastin Sewastjan Sewda Sewdalin Sewdan Sewelin Sewerin Seweta Seydo Seyfulla Seyfullah
Seyfəddin Seyhan Seyithan Seymur Seyran Seyyide Sezal Sezen Sezginbaş Seçgül Seçme Sgura Shakira
Shana Shane Shanice Shanko Shanna Shannan Shannen Shannon Shanou Shari Sharlene Sharo Shaun
Shauna Shauneen Shawn Shawna Shay Shayne Shchedra Shchedrin Shchedyu Shchefaniia Shchefaniya
Shcheki Shcheno Shchenyu Shcheriana Shcherion Shcheriyan Shcherko Shchero Shcheryu Shchiliyan
Shchilyan Shchilyanka Shchiryan Shchono Shchrban Shchrkan Shchtilka Shchtrban Shchtrkan Shchurk
Shea Sheena Shekherezada Sheki Shelby Shelia Shelley Shelly Shena Shenko Shenol Sheree Sheri
Sherri Sherry Sheryl Sheyna Shibil Shider Shinka Shinko Shino Shipchan Shirko Shishman Shkodri
Shmilo Shmulyu Shona Shpilko Shusho Sian Sibila Sidar Sider Sidiqə Sidki Sidonia Sidoniia
Sidonija Sidoniya Sidor Sidónia Siebe Siem Sien Sienna Sierra Sifonia Sifonja Sifonya Sigfrid
Sigfrido Sigge Sigita Sigizmund Signe Sigvard Siim Siiri Sijen Sijena Sika Sil Sila Silagi Silan
Silanti Silantij Silantiy Silanur Siljan Siljana Silje Sille Silvestr Silvestre Silvestro Silvi
Silvian Silviana Silvie Silvija Silviu Silviyan Silvo Silwestr Silwi Silwijan Silwio Silyan
Silyana Sima Simas Simber Simen Simi Simina Simion Simo Simonas Simonetta Simten Simuzər Simão
Simón Sindre Sine Sini Sinică Sinikka Siniša Sinklitikiia Sinklitikija Sinklitikiya Sinko Sinowi
Sinowij Sintiia Sintija Sintiya Siofra Sione Siper Sirac Siranous Sirap Siri Sirje Sirkka Sirman
Sirpa Sisko Sisoia Sisoya Sissel Sissoia Sissoja Sitarə Siti Sittik Siv Sivert Sivi Siwi Sixten
Siyen Siyena Skaidrīte Skakalka Skorbut Skye Skyla Skylar Sladoledka Slatan Slateia Slateja
Slati Slatijan Slatil Slatimir Slatka Slatko Slato Slatogor Slatomir Slatomira Slatosar
Slatoslaw Slatoslawa Slatozwet Slav Slavdo Slave Slaveia Slaven Slaveya Slaveyko Slavi Slavil
Slavka Slavomír Slavomíra Slavěna Slaw Slawdo Slawe Slaweia Slaweja Slawejko Slawen Slawi Slawil
Slawka Sláva Slávka Smaranda Smechoterapiia Smechoterapija Smekhoterapiia Smekhoterapiya Smiltė
Smirna Sneschinka Snezhinka Snischana Snizhana Snježana Socorro Sofi Sofijka Sofiya Sofiyka
Sofoklis Sofon Sofron Sofronia Soitschka Sokrat Sol Sole Soledad Solma Solmaz Solomiia Solomija
Solomiya Solomon Solon Soltan Solvej Solvita Sona Sonad Sonata Sondre Songurkan Sonnur Sonny
Sonya Sophie-Louise Soraia Soran Sorana Sorcha Sorina Sorjan Sorka Sosimo Sossima Soultana
Soumela Soydaner Soykan Soykut Soyselçuk Sozon Sozousa Soňa Spartak Sparti Spas Spasena
Spasiyana Spassena Spassijana Spencer Speranța Spilios Spirela Spiridon Spyranna Spyridoula
Srečko Srmenka Stacey Stacie Stacy Staffan Stamatina Stamatios Stamatis Stamatka Stan Stana
Stanca Stancu Stanijela Stanimir Stanimirka Staniyela Stanka Stanko Stascha Stasha Stavisara
Stawissara Staņislavs Steen Stef Stefaan Stefaniia Stefanija Stein Steinar Stejana Stela Stelian
Steliana Stelina Stellan Stellios Steluța Sten Stephany Stergiani Stergianno Stergios Sterre
Steyana Stian Stien Stina Stine Stoimena Stojan Stojanka Stoletka Stoyanka Sture Suat Subutiye
Sudi Sulhi Sultane Summer Sunay Sune Sunel Suphi Susam Susanita Susannah Susitschka Sussanne
Sussie Suus Suvi Suzanna Suze Suzi Suzy Suğra Svante Svatopluk Svatoslav Svein Sven-Erik
Sven-Olof Svenning Sverre Svestina Svetla Svetlomir Svetlomira Svetlyu Svetoslav Svetozar
Svetozár Svezha Svidna Svobodka Svyatopolk Svyatoslav Svyatoslava Svätopluk Světlana Swescha
Swesdan Swesdemira Swesdijan Swesdin Swesdislaw Swesdolet Swesdomir Swestina Swetla Swetlju
Swetlomir Swetlomira Swetosar Swetoslaw Swidna Swjatopolk Swjatoslawa Swobodka Sydney Symela
Symeon Symeoni Symeonia Synnøve Sys Szabolcs Szilveszter Szilvia Szilárd Sándor Sára Sânziana
Sökmen Söyler Sözer Sørine Søs Sübhan Sücaettin Sücəddin Südabə Süha Süheyda Süleyla Sümerya
Sümeyye Süner Sürəyya Süsen Süvari Süzer Sıla Sırriye Sıylıhan Səadət Səbinə Səbirə Səbuhi
Sədaqət Səfurə Səfər Səhər Səidə Səlahəddin Səlim Səlimə Səma Səmayə Səməd Sənan Sənubər Səriyyə
Sərvər Sərxan Sərəncam Səxavət Tabitha Taciddin Tadas Tadej Tadeja Tadeo Tadeáš Tagangül Tage
Taina Taine Taisiia Taisiya Taissiia Taissija Taisto Taja Tajus Talayer Tali Talibe Talıb Tama
Tamati Tamaydın Tamaşa Tami Tamilla Tammie Tammy Tanak Tanbay Tandoğdu Tane Taneli Tangaroa
Tangül Tanhan Tanner Tanpınar Tanses Tansev Tansığ Tanyolaç Tanyu Tanır Tapani Tapio Tarancı
Tariyel Tarja Tarmo Tartış Taru Tarzícius Taschimira Tasha Tashimira Tasvir Tatu Tauno Tautvydas
Taxiarchia Taxiarchis Taxiarchos Tayaydın Taygan Tayla Taylak Taylor Tayyibe Tayyip Taçnur Taşar
Taşkan Te Teber Tecimer Tecla Teea Teemu Tegan Teija Teja Tejs Tekbay Tekecan Tekiner Tekla
Teknaz Teksoy Telefonka Telemaco Telim Tellervo Telman Telmo Temime Temira Temirhan Temistocle
Temizkal Temuçin Tenis Tenvir Teo Teobaldo Teochar Teodoro Teodors Teodosi Teodosia Teodosio
Teodosiy Teodoslav Teodoslaw Teodossi Teodossij Teodostin Teofan Teofil Teohari Teokhar Teona
Tercan Tere Terence Terenti Terentij Terentiy Terese Teresia Teresita Tereza Terezija Terhi
Terina Terje Terlan Tero Terpsichori Terrance Terrence Terri Terttu Tervel Terwel Teréz Terézia
Tesa Tess Tetjana Teun Teuvo Tevs Teybet Teymur Teymuraz Teymurçin Tezcan Tezol Teófila Teófilo
Thalassini Thaleia Thales Thalis Theano Themis Themistokleia Theocharis Theocharoula Theodoor
Theodore Theodoro Theodosia Theodosios Theodosis Theodoti Theodouli Theodoulos Theofania
Theofanis Theofili Theofilos Theofrastos Theofylakti Theofylaktos Theokleia Theoklitos Theologia
Theologos Theoni Theopisti Theopistos Theotokis Therése Thetis Thibault Thibo Thijmen Thijn
Thiresia Thisevs Thom Thomais Thor Thore Thoukydidis Thrasyvoulos Thure Thành Thảo Tia Tiana
Tiare Tiarna Tiarnan Tibe Tiberia Tiberiu Tibo Tiburcio Ticen Ticha Ticho Tichol Tichomir
Tichomír Tichon Tiegan Tiernan Ties Tigroni Tiia Tiina Tiit Tiiu Tijana Tijl Tijmen Tijn Tijs
Tikha Tikho Tikhol Tikhomir Tikhon Tilde Tilemachos Tilen Tiliana Timcho Timofey Timofi Timofij
Timofiy Timoleon Timotei Timotej Timoteo Timotey Timothea Timotheos Timothée Timtscho Timurtaş
Tinca Tincho Tincuța Tindra Tineke Tinne Tintscho Tirza Tischo Tisho Tit Titas Tito Titos Titus
Tivadar Tiğin Tjaša Toaneta Tobiasz Tobiáš Todd Tode Todomirka Todoraki Todorin Todorina Tofiq
Toivo Toker Tokimir Toktuğ Toköz Tola Tolek Toliana Tolju Tolonbay Tolyu Toma Tomasa Tomaž Tome
Tomen Tomi Tominka Tomislaw Tommi Tomo Tomris Toms Tomurcuk Tomáš Tomé Tona Toncho Tone Tonguç
Tonia Tonicha Tonimir Tonino Tonislav Tonislaw Tonitsveta Tonizweta Tonje Tonko Tonny Tontscho
Tonya Toomas Toon Topalko Topias Topolko Topuz Tor Tora Torbjörn Torbjørn Tord Tore Torgny
Torhan Tori Toribio Torill Torquato Tory Toschka Toshka Toska Totju Totko Toto Totso Totyu Tova
Tove Tovuz Toy Tozo Toño Toğan Toğrul Traci Tracie Traian Trajan Trajche Trajtsche Travis
Trendafila Trent Triantafylli Triantafyllia Triantafyllos Tricia Trifon Trifonka Triin Trine
Trini Trinidad Trinity Trisevgeni Tristán Trochim Troels Trofim Trokhim Trond Troscha Trosha
Troy Trpka Trufana Tryfon Tryfonia Trīne Trọng Tsabika Tsabikos Tsaneta Tsarevna Tschana
Tschankete Tschanko Tschano Tschardafon Tschardafona Tscharodei Tscharodej Tschatschiia
Tschatschija Tschatscho Tschausch Tschawdar Tschedo Tschedomir Tschenju Tschenko Tschepo
Tscherescha Tscherno Tschernorisez Tscheslaw Tschetwrta Tschijo Tschiko Tschilo Tschka Tschona
Tschonar Tschoni Tschonju Tschono Tschotscho Tschotschomir Tschubrik Tschubrina Tschude Tschudo
Tschudomir Tschudoslaw Tschuk Tschwor Tsetsa Tski Tsocho Tsola Tsonia Tsonya Tsonyu Tsotso
Tsveta Tsvetana Tsvetanka Tsvetilena Tsvetlina Tsvetoliliia Tsvetoliliya Tsvetyana Tudor Tudora
Tudorița Tudosia Tufka Tui Tuija Tule Tullio Tulun Tunahan Tunar Tunguç Tunçboğa Tunçkılıç
Tuomas Tuomo Turabi Tural Turan Turanə Turcein Ture Turgut Turid Turxan Tutkucan Tutkun Tutu
Tuukka Tuula Tuuli Tuulia Tuulikki Tuur Tuva Tuyuğ Tuğcan Tuğrulhan Tuğtaş Tuğçe Tverdislav
Tvorimir Twan Twerdislaw Tworimir Tycho Tygo Tyla Tymon Tymoteusz Tyra Tyrone Tyson Tzanetos
Tzeni Tímea Tõnu Törel Tùng Tú Tükelalp Tükəzban Tülin Tümer Tümkurt Tünde Tünzalə Türabi Türcan
Türkalp Türkanə Türkmen Türknur Tüzeer Tüzenur Tınal Təhminə Təranə Tərlan Ubaldo Uberto Uffe
Ufukay Ugnė Ugo Ugolino Ulakbey Uldis Ulduz Uliana Ulises Uljan Ulla-Britt Ulrica Ulrik Ulrika
Ulu Uludağ Uluman Ulutay Uluğbey Ulyan Ummahani Umman Umutcan Umuşan Una Unni Uno Uolevi Uraltay
Urbain Urbano Urfan Urhan Uriel Urima Urmas Uroš Urša Urška Uršuľa Us Ushan Ustim Ustin Utkucan
Uyanser Uygun Uzbay Uzsoy Uçan Uçbeyi Uğan Uğurkan Uğurtan Vacibe Vafir Vagia Vagiani Vagn Vahid
Vahidə Vahittin Vaida Vaidas Vaios Vajèn Vakarė Vaklina Vakris Valantis Valanto Valborg Valda
Valdemar Valdis Valeh Valentijn Valentim Valentinos Valentín Valentína Valentīna Valeriia
Valerija Valerios Valeriu Valeriya Valero Valeryan Valia Valid Validə Valija Valter Valtteri
Valya Valère Valér Valéria Vanda Vangeliia Vangeliya Vanja Vanukhi Vaqif Vardis Varfolomei
Varfolomey Varfolomi Varfolomiy Vargın Varlaam Varlık Varsamia Varsamos Varta Vartholomaios
Vasarė Vasenka Vashilia Vashilya Vasif Vasileia Vasili Vasilica Vasilică Vasilina Vasilisa
Vasiliy Vasilka Vaska Vatslav Vaughan Vavrinec Vaysal Vazeh Veatriki Vechko Vecide Vedran Veera
Veerle Veeti Vefia Vega Vegard Veijo Veikko Veis Veliana Velimir Velinna Velissaria Velissarios
Velitdin Veliyanka Vello Velta Venancio Venceslás Venchislava Venda Vendela Vendelín Vendula
Venedikt Venera Veneranda Venetia Venetios Venetsiia Venetsiya Veniamin Venislava Veniyamin
Venizelos Venla Verde Verim Verislava Verner Verneri Veroniki Verónica Vesa Veselinka Vesislav
Veso Vespasiyan Veta Vetko Vetsa Veysəl Vezat Vezhda Vezrife Vi Vic Vicenta Vicente Vicenția
Vicențiu Vicho Vicki Vickie Victoire Victoriano Victorino Victória Vid Vida Vidadi Vidal Vidar
Vide Videlin Viden Vidima Vidin Vidoslav Vidoye Vidyu Viera Vieroslava Viesturs Vigalot Viggo
Vigilija Vigo Viivi Vija Vikenti Vikentia Vikentios Vikentiy Vikhr Vikhren Vikhroni Viking
Viktorie Viktorija Viktorin Viktoriya Viktors Viktória Vilayət Vildane Vilde Vilgot Vilhelm
Vilhelmiina Vilhelmina Vilho Viliam Vilian Viliia Vilis Vilislav Vilius Viliya Viliyan Vilizar
Vilizara Viljami Viljem Viljo Vilkhema Villads Ville Vilmer Vilmos Vilnis Viltė Vilém Vincenc
Vincentio Vincențiu Vinchentso Vineta Vinetu Vinicio Vinicius Vino Vinsnt Vinícius Violet Violin
Viorela Viorica Vira Virgilio Viridiana Virpi Virzhiniia Virzhiniya Virág Visarion Visha
Vishetin Vishka Vishnyu Visitación Vissaria Vissarion Visvaldis Vita Vitalija Vitko Vitlyan
Vitomir Vitomira Vitosh Vitória Viveka Vivianne Viļums Vjekoslav Vladilen Vladilena Vladimer
Vladimiros Vladimír Vladimíra Vladislav Vladislavs Vladlen Vladlena Vlaicu Vlas Vlasia Vlasios
Vlasis Vlasta Vlastimil Vlatko Vlo Vlădelina Voditsa Voichița Voicu Vojtech Vojtěch Voldemārs
Volodimir Volodimira Voynka Vrasidas Vratislav Vratko Vrbunka Vrysiis Vsemil Vseslav Vtsa Vula
Vuokko Vurğun Vyacheslav Vyron Vysheslav Vytautas Vytė Vzkreseniia Vzkreseniya Václav Vâlâ Vân
Väinö Vít Vítor Vítězslav Víťazoslav Vüqar Vüsal Vüsalə Vėjūnė Věra Vũ Vəfa Vəfadar Vəli
Vʼyacheslav Waimarie Waklina Waleriia Walerija Walerjan Walia Walja Wangeliia Wangelija Wannes
Wanuchi Ward Warfolomei Warfolomej Warfolomi Warfolomij Warlaam Warre Warren Warta Warwick
Waschilia Waschilja Waska Wassenka Wassil Wassilina Wassilissa Wassilka Wazlaw Weena Weliana
Welijanka Welimir Welinna Wenche Wenda Wendolin Wenedikt Weneziia Wenezija Weniamin Wenijamin
Wenislawa Wentschislawa Werena Werislawa Weschda Wesley Wesna Wespassijan Wessa Wessel Wesselin
Wesselinka Wessislaw Wesso Wetko Wetschko Weza Whitney Wichr Wichren Wichroni Widelin Widen
Widima Widin Widju Widoje Widoslaw Wigalot Wigo Wikenti Wikentij Wikitoria Wiktoriia Wiktorin
Wilchema Wilfredo Wilfrido Wilhelmina Wilhelmus Wilian Wiliia Wilija Wilijan Wilisar Wilisara
Wilislaw Wille Willem Willow Wilmer Wilson Wim Winetu Winko Winni Winnie Wino Winsnt Wintschenzo
Wiolet Wioleta Wioletta Wiolin Wira Wiremu Wirschiniia Wirschinija Wischa Wischetin Wischka
Wischnju Wissarion Witko Witljan Witomir Witomira Witosch Witscho Wjatscheslaw Wlad Wladilen
Wladilena Wladimer Wladislaw Wladlen Wladlena Wlas Wlatko Wlo Wodiza Wojnka Wolodimir Wolodimira
Wout Wrbunka Wsemil Wseslaw Wskresseniia Wskressenija Wula Wyatt Wyscheslaw Wza Wálter
Wʼjatscheslaw Xalid Xalidə Xaliq Xalisə Xaləddin Xamis Xander Xankişi Xanlar Xanthippi Xanthos
Xanım Xatirə Xavi Xavər Xeni Xiomara Xosrov Xudaverdi Xudayar Xudu Xumar Xuân Xénia Xəlil Xəyal
Xəyalə Xəyyam Yablen Yablenka Yacho Yadigar Yago Yagoda Yagodin Yahşi Yahşikan Yaiza Yakim
Yakinthi Yakinthos Yakiv Yako Yakob Yakoslav Yakub Yalazabay Yalgın Yalislava Yaltırak Yalçın
Yalın Yamin Yamən Yanachko Yanadin Yanaki Yanakin Yanche Yancho Yane Yanedin Yaneg Yanek Yani
Yanichko Yanimir Yanina Yanislav Yanislaviia Yanislaviya Yaniyel Yanka Yanko Yankul Yankı Yano
Yanomil Yantar Yantsislav Yanuari Yanuariy Yanush Yaqub Yarcho Yarema Yargı Yarina Yarka Yarm
Yarno Yaromir Yaropolk Yaroslava Yartse Yaryu Yasan Yasemen Yasen Yasena Yashar Yashka Yasho
Yashon Yastreb Yasəf Yasəmən Yatan Yatana Yatso Yavor Yavora Yavər Yayak Yazganalp Yazgül Yazo
Yağın Yağızkurt Yaşar Yaşattin Yda Yedit Yedita Yedryu Yeduard Yedvin Yefim Yefimena Yefka
Yefrem Yefrosiniia Yefrosiniya Yeganə Yekbun Yekda Yekim Yektar Yektor Yel Yeldora Yelean
Yelektron Yelemag Yelena Yelenitsa Yelenko Yeleoneta Yelesen Yelfida Yeli Yelian Yelias Yelin
Yelina Yelisa Yelisaveta Yelisei Yelisey Yelisiia Yelisiya Yelitsa Yeliyezer Yelizabet
Yelizabeta Yelizar Yelizaveta Yelko Yelma Yelo Yelvis Yemanoil Yemanuil Yemanuila Yemanuyel
Yemelyan Yemil Yemilian Yemiliia Yemilija Yemiliya Yemiliyan Yemma Yencho Yendo Yeneral Yeni
Yenitsa Yeno Yenyu Yepelek Yepifan Yeredin Yeremei Yeremey Yeremiia Yeremiya Yergana Yerik
Yerika Yerina Yermil Yermilia Yermilya Yermolay Yerofei Yerofey Yerol Yersen Yertan Yervin Yesen
Yesenia Yestela Yetiyen Yetişal Yeva Yevangelina Yevdokiia Yevdokim Yevdokiya Yevfrosiniia
Yevfrosiniya Yevgen Yevgeni Yevgeniia Yevgeniy Yevgeniya Yevgraf Yevlampi Yevlampiy Yevpraksiia
Yevpraksiya Yevridika Yevsei Yevsey Yevstafi Yevstafiy Yevstakhi Yevstakhiy Yevstati Yevstatiy
Yevstignei Yevstigney Yevtim Yeşil Yfke Yinthe Ylva Yngve Yoana Yoanna Yoil Yokhanna Yoko Yolal
Yolina Yoliyan Yolko Yona Yonika Yoruç Yosip Yosma Yovan Yovanka Yovcho Yovitsa Yovko Yovo Yovro
Yovtso Yozhi Ypapanti Yrjö Yrsa Yugi Yukhim Yuli Yulian Yuliy Yuliya Yuliyan Yuliyena Yunis
Yunona Yunt Yurdan Yurdanur Yurdaser Yuridia Yurita Yurtgüven Yurtseven Yurttaş Yusif Yustianna
Yustim Yustin Yustina Yustinian Yuvenali Yuvenaliy Yvonni Yésica Yéssica Yönetmen Yücel Yücelen
Yümun Yıldır Yılma Yəhya Yến Zabeta Zabia Zac Zacarías Zach Zacharenia Zacharie Zacharoula Zafa
Zafeiria Zafeirios Zafeiris Zafir Zaharia Zahfer Zahid Zahir Zaida Zaira Zak Zakhari Zakharin
Zakharinka Zakho Zakir Zaliha Zalán Zaman Zamfir Zamfira Zamin Zamiq Zamir Zane Zango Zanka
Zanko Zapryan Zaraza Zarewna Zarko Zarəngiz Zaur Zavarin Zaven Zayeka Zbyněk Zdenko Zdeněk
Zdeňka Zdislava Zdravcho Zdravelin Zdravelina Zdravets Zdukhostina Zebirce Zeferino Zehnia
Zehranur Zekayi Zelha Zelma Zemfira Zemzem Zengin Zenia Zennun Zenobia Zenovia Zerafet Zeride
Zevlüde Zeynal Zeynelabidin Zeyno Zeynulla Zeynəb Zeynəgül Zeza Zgura Zhaklin Zhanin Zhanna
Zhara Zharko Zhelyazka Zhenimira Zheyna Zhichka Zhiva Zhivomira Zhorka Zhuliana Ziba Zibeydə
Ziedonis Ziggy Zigrīda Zihni Zika Zikmund Zilfa Zinaida Zinais Zinko Zinnure Zinon Zinovi
Zinovia Zinovios Zinoviy Zinət Zion Zisoula Ziya Ziyaettin Zki Zlateia Zlateya Zlati Zlatica
Zlatil Zlatimir Zlatiyan Zlatka Zlato Zlatogor Zlatomir Zlatomira Zlatoslav Zlatoslava
Zlatotsvet Zlatozar Zofija Zoichka Zola Zonia Zonja Zonju Zoraida Zoral Zorka Zoryan Zosima
Zotscho Zoya Zozo Zoë Zsanett Zsigmond Zsombor Zsuzsanna Zsófia Zubeyde Zuzichka Zvezdan
Zvezdemira Zvezdin Zvezdislav Zvezdiyan Zvezdolet Zvezdomir Zvonka Zweta Zwetan Zwetana Zwetanka
Zwetelina Zwetilena Zwetjana Zwetlina Zwetoliliia Zwetolilija Zöhrehan Zöhrə Züfer Züheyla
Zülbiye Züleyxa Zülfiyyə Zülfüye Zülgarni Zümre Zümrüd Zəhra Zəkəriyyə Zəminə Zərdüşt Zərif
Zərifə Zərnigar Ábel Ádám África Ágata Ágatha Ágnes Águeda Ákos Ámbar Ángel Ángela Ángeles Ánh
Áron Árpád Áurea Âdem Âlemşah Ângela Ângelo Åbjørn Åge Åke Åsa Åse Çakar Çakırca Çaltı Çalım
Çamok Çapkan Çavuldur Çağa Çağdan Çağlar Çağlasın Çağveren Çelem Çelikkan Çelikyürek Çerçi
Çetinsu Çeviköz Çevregül Çilga Çimnaz Çinarə Çinerk Çingiz Çisem Çiçək Çokan Çolpan Çopur Çoğay
Çıdal Çıvgın Édgar Édith Édouard Élisabeth Élise Éléonore Émile Érica Étienne Éva Íngrid Íris
Ísis Íñigo Óliver Öge Ökkaş Öktürk Ömriye Ömür Öncel Önel Öngen Önsal Örfiye Örik Örjan Öryürek
Östen Över Övün Özakan Özalpsan Özaslan Özay Özbay Özbilek Özbilge Özdal Özdeş Özdil Özdoğdu
Özel Özerdinç Özertem Özge Özger Özgün Özinal Özkent Özkutlu Özlü Özokçu Özpetek Özpınar Özsözlü
Öztek Öztürk Özyurt Özçam Özüdoğru Öğet Øivind Øjvind Ørni Øvli Øystein Øyvind Úrsula Übeydullah
Üge Ülfet Ülfət Ülke Ülküdeş Ülküm Ülkər Ülle Ülvi Ülviyyə Ümid Ümmahan Ümmet Ümmühan Ümray Ünal
Ünek Ünlen Ünsever Ünübol Ürfettin Ürper Üsame Üstün Üzer Üzeyir Üçgül Ādams Ādolfs Ārija
Ąžuolas Đuro Đurđica Ērika Ēriks Ēvalds Ğanim Ģederts Ģirts İbiş İde İdiris İhsan İkiz İklim
İlahə İlalmış İlbek İldem İldeş İlgi İlham İlhamə İlim İlkanə İlkbahar İlkim İlkin İlklima
İlmafer İlnarə İlper İlqar İlqarə İlsu İlteriş İlyas İmam İmge İmran İmren İmrihan İnançlı İnarə
İnayət İncifir İnqilab İnsaf İntihap İntiqam İntizar İradə İrfan İsa İsak İsgəndər İslam İslime
İsmayıl İsmet İsmət İsra İsrafil İvecen İxtiyar İyiyürek İzel İzgü İzzət İçimbike İşcan Ľubica
Ľubomír Ľubomíra Ľubor Ľuboslav Ľuboslava Ľuboš Ľudmila Ľudomil Ľudomila Ľudovít Şaban Şabettin
Şadıman Şafii Şahat Şahdiye Şahinbey Şahinder Şahlar Şahmar Şahmettin Şahnaz Şahnuray Şahvələd
Şahıgül Şakir Şali Şamiha Şamil Şamxal Şanlı Şavki Şayan Şazime Şefi Şefiye Şehamet Şehreban
Şehza Şekim Şelâle Şemsettin Şemsinisa Şendoğan Şenkal Şennur Şerafeddin Şeref Şerman Şevket
Şevketfeza Şeyda Şide Şilan Şinasi Şirin Şirivan Şirzad Şuayp Şöhret Şövkət Şükri Şükufə Şüküfe
Şükür Şıxı Şəfa Şəfiqə Şəhla Şəhrəbanu Şəlalə Şəmsiyyə Şərafət Şərəfəddin Šarlota Šarūnas Šime
Šimon Špela Štefan Štefanija Štefica Štefka Štefánia Štěpán Štěpánka Šárka Žan Žaneta Žanis
Želmíra Žemyna Žiga Žigmund Živa Živilė Žofia Žofie Žygimantas Əbdül Əcəbnaz Ədalət Ədibə
Əflatun Əhliman Əhməd Əhəd Əjdər Əkbər Əkrəm Əli Əliş Əliəkrəm Ələkbər Ələsgər Əmin Əminə Əmir
Əntiqə Ənvər Ərtoğrul Əsgər Əsmər Əyyub Əşrəf Șerban Ștefana Ștefania
"""

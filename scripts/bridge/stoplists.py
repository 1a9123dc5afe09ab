"""Function words: German ones are never targets; source ones are never translated.

Hand-written: pronouns, articles, prepositions, conjunctions, question words, particles,
auxiliaries and modal verbs. Content words must not be here.
"""

DE = set("""
der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen
und oder aber sondern denn doch sowie bzw als wie wenn ob dass daß weil da damit obwohl obgleich
während bevor nachdem seit seitdem bis sobald solange falls sofern indem ohne statt anstatt
ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen ihnen man jemand niemand
mein meine meiner meines meinem meinen dein deine deiner deines deinem deinen sein seine seiner
seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser unsere unserer unseres unserem unseren
euer eure eurer eures eurem euren dieser diese dieses diesem diesen jener jene jenes jenem jenen
welcher welche welches welchem welchen derjenige diejenige dasjenige derselbe dieselbe dasselbe
wer wen wem wessen was wo wohin woher wann warum weshalb wieso weswegen wie wieviel womit wofür
worüber worauf woran wozu wodurch
in im ins an am ans auf aus bei beim mit nach von vom zu zum zur vor über unter neben zwischen
hinter durch für gegen um entlang gegenüber außer ausser trotz wegen innerhalb außerhalb ausserhalb
per pro ab via samt mittels laut gemäß
nicht nein ja auch noch schon nur sehr so dann dort hier da daher darum deshalb deswegen also etwa
mal eben halt eh ebenso ebenfalls zwar jedoch dennoch trotzdem sogar bereits gerade immer nie
niemals oft denn wohl vielleicht gar kaum fast ganz genau eher etwas nichts alles alle allem allen
aller jeder jede jedes jedem jeden jedermann viel viele vielen vieler wenig wenige einige einigen
einiger manche mancher manchen mehr meist meisten beide beiden
bin bist ist sind seid war warst waren wart gewesen sei seien wäre wären
habe hast hat haben habt hatte hattest hatten hattet gehabt hätte hätten
werde wirst wird werden werdet wurde wurden geworden worden würde würden
kann kannst können könnt konnte konnten könnte könnten muss musst müssen müsst musste mussten
müsste soll sollst sollen sollt sollte sollten will willst wollen wollt wollte wollten möchte
möchten darf darfst dürfen dürft durfte dürfte mag magst mögen mochte
dazu dabei dafür dagegen daran darauf daraus darin darüber davon davor dahin hin her herein hinein
einander selbst selber sowohl weder noch entweder
eins zwei drei vier fünf sechs sieben acht neun zehn
jdn jdm jds etw sb sth bzw usw etc z.b ca
""".split())

# Source-language function words (pronouns, articles, prepositions, conjunctions, question words,
# particles, auxiliaries). Compared after normalisation.
SRC = {
"en": """a an the and or but nor so yet if then than because as since while when whenever where wherever
why how what which who whom whose whether that this these those there here i me my mine you your yours
he him his she her hers it its we us our ours they them their theirs myself yourself himself herself
itself ourselves themselves one ones in on at to from of off for with without by about above below
under over into onto upon out up down through across between among against around before after
during until till within via per not no yes also too very just only even still already again ever
never always often some any all each every both either neither many much more most few less least
other another such own same is am are was were be been being have has had having do does did done
doing will would shall should can could may might must ought let lets oh ok okay please""",
"fr": """le la les l un une des du de d au aux et ou mais donc or ni car si que qu quand comme lorsque
puisque parce quoi qui dont où ce cet cette ces celui celle ceux celles ceci cela ça je j me m moi tu
te t toi il elle on nous vous ils elles se s lui leur leurs eux mon ma mes ton ta tes son sa ses
notre nos votre vos en y à dans sur sous par pour avec sans chez vers entre contre avant après
pendant depuis jusque jusqu selon malgré parmi envers ne n pas plus non oui aussi très trop peu
bien déjà encore toujours jamais souvent ici là voici voilà comment pourquoi combien quel quelle
quels quelles lequel laquelle lesquels tout tous toute toutes chaque quelque quelques plusieurs
autre autres même mêmes est es suis sommes êtes sont était étais étaient été être ai as a avons
avez ont avait avais avaient eu avoir fait faire peut peux pouvez pouvons doit dois devoir va vais
vont ont sera seront serait""",
"ru": """и а но или да же ли что чтобы как когда где куда откуда почему зачем кто кого кому кем чем чего
какой какая какое какие который которая которое которые которых которого сколько чей чья чьё чьи
я меня мне мной мы нас нам нами ты тебя тебе тобой вы вас вам вами он его ему им нем нём она ее её
ей ней оно они их ими них себя себе собой мой моя мое моё мои твой твоя твое твоё твои свой своя
свое своё свои наш наша наше наши ваш ваша ваше ваши этот эта это эти этого этой этих тот та то те
того той тех такой такая такое такие в во на с со к ко по о об обо от до из у за над под при про
для без через между перед после около вокруг среди кроме вместо не ни нет да тоже также очень уже
еще ещё только вот вон там тут здесь так потому поэтому если то бы же ведь вообще весь вся все всё
всех всем был была было были быть есть будет будут буду может можно нужно надо""",
"uk": """і й та а але або чи що щоб як коли де куди звідки чому навіщо хто кого кому ким чим чого
який яка яке які котрий скільки чий чия чиє чиї я мене мені мною ми нас нам нами ти тебе тобі тобою
ви вас вам вами він його йому ним ньому вона її їй нею ній воно вони їх їм ними них себе собі собою
мій моя моє мої твій твоя твоє твої свій своя своє свої наш наша наше наші ваш ваша ваше ваші цей ця
це ці цього цієї цих той та те ті того тієї тих такий така таке такі в у на з із зі до від по про
для без через між перед після біля навколо серед крім замість за над під при не ні ні так теж
також дуже вже ще тільки лише ось там тут тому якщо то б би же ж адже весь вся все всі всіх був
була було були бути є буде будуть можна треба""",
"tr": """ve veya ya ile ama fakat ancak çünkü ki de da mi mı mu mü ne neden niçin nasıl nerede nereye
nereden kim kimi kime hangi hangisi kaç ben beni bana bende benden benim sen seni sana senin o onu
ona onun onlar onları onlara onların biz bizi bize bizim siz sizi size sizin bu bunu buna bunun
şu şunu şuna şunun bunlar şunlar kendi kendisi için gibi kadar göre karşı önce sonra beri doğru
değil evet hayır çok daha en az bile sadece yalnız hep hiç her bazı birkaç tüm bütün şey diye
olan olarak ise idi imiş mı""",
"ar": """و او أو ثم ف ب ل ك في من الى إلى على عن مع عند لدى حتى منذ بين تحت فوق قبل بعد خلال دون
ضد حول نحو هذا هذه هذان هؤلاء ذلك تلك اولئك أولئك الذي التي الذين اللذان اللتان اللواتي ما ماذا
من متى اين أين كيف لماذا كم اي أي هل انا أنا نحن انت أنت انتم أنتم انتما انتن هو هي هم هن هما
له لها لهم لنا لك لي به بها بهم منه منها منهم فيه فيها عليه عليها ان أن إن لا لم لن ليس ليست قد
لقد كان كانت يكون تكون كل بعض غير لكن ولكن بل اذا إذا لو كي لكي ايضا أيضا جدا فقط هنا هناك
نعم الا إلا""",
"fa": """و یا اما ولی که تا اگر چون زیرا پس هم نیز از به با در بر برای بی بدون تا بین زیر روی پیش
پس نزد درباره مثل مانند این آن اینها آنها همین همان چه چی چرا کجا کی کدام چند چطور چگونه آیا
من تو او ما شما ایشان آنان وی خود خودم خودت خودش را رو هست است نیست بود بودن شد شده شود باشد
می نمی ها های ای یک هیچ همه هر بعضی برخی فقط خیلی بسیار دیگر نه بله آره""",
"pl": """i a ale lub albo czy że żeby aby jak gdy kiedy gdzie dokąd skąd dlaczego czemu kto kogo komu
kim co czego czym jaki jaka jakie który która które których ile czyj ja mnie mi mną my nas nam nami
ty ciebie cię tobie ci tobą wy was wam wami on jego go jemu mu nim niego niemu ona jej ją nią niej ono
oni one ich im nimi nich się siebie sobie sobą mój moja moje moi twój twoja twoje swój swoja swoje
nasz nasza nasze nasi wasz wasza wasze ten ta to te tego tej tych tym tamten taki taka takie w we
na z ze do od po o przy dla bez przez między przed za nad pod u ku nie tak też także bardzo już
jeszcze tylko tu tam tutaj jeśli jeżeli by być jest są był była było byli będzie może""",
"bg": """и а но или ли че да как кога къде защо кой коя кое кои кого какъв каква какво какви който която
което които колко чий аз мен ме мене ми ние нас ни ти теб те тебе ви вие вас той него го нему му тя
нея я ѝ то те тях им тях себе си свой своя свое свои мой моя мое мои твой твоя твое твои наш наша
наше наши ваш ваша ваше ваши този тази това тези онзи онази онова в във на с със към по от до из у
за над под при пред след между без през не ни да също много вече още само тук там ако е са съм си
беше бяха бил била било били ще може""",
"ro": """și si sau dar ci iar că ca să sa dacă daca când cand unde cum de ce cine care cât cat câți
eu mie mi mă ma tu ție ți te el ea ei ele lui îi il îl o noi nouă ne voi vouă vă le lor se își sine
meu mea mei mele tău ta tăi tale său sa săi sale nostru noastră vostru voastră acest această acești
aceste acel acea acei acele în in pe la cu din spre pentru fără fara prin între intre sub peste după
dupa până pana lângă despre nu da foarte deja încă doar aici acolo este e sunt era erau fi fost
va vor poate un una unui unei niște""",
"ku": """û u an jî ji ku ka çi çima kî kengî li bi di de ve ra re da ser bo heta ez min tu te ew wî wê
em me hûn we ewan wan xwe vê vî ev evê yê ya yên na ne erê belê""",
}
SRC = {k: set(v.split()) for k, v in SRC.items()}

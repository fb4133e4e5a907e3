{
	"data": "ENC[AES256_GCM,data:dHVubmVsIG9mIHRoZSByZWxheQ==,iv:cmVsYXlpdg==,tag:cmVsYXl0YWc=,type:str]",
	"sops": {
		"age": [
			{
				"recipient": "age1relayrecipient",
				"enc": "-----BEGIN AGE ENCRYPTED FILE-----\nc2VjcmV0\n-----END AGE ENCRYPTED FILE-----\n"
			}
		],
		"lastmodified": "2026-07-24T08:00:00Z",
		"mac": "ENC[AES256_GCM,data:bWFj,iv:aXY=,tag:dGFn,type:str]",
		"unencrypted_suffix": "_unencrypted",
		"version": "3.10.2"
	}
}

"""orgdesign.edit"""
